import { type CrampLogEntry, crampLogs, type SportFamily } from './past-runs';
import { TREND_WEEKS } from './recent-training';
import { type Muscle as LoggedMuscle, MUSCLES } from './limits';

/**
 * The two issue-6 comparisons with the runner's own past, both anchored on the analyzed activity's
 * start (else `now`), never on the day it is viewed:
 * - the weekly volume trend of the 4 weeks before it, with the acute:chronic workload ratio as a
 *   secondary note (Gabbett 2016, contested by Impellizzeri et al. 2020; the week-to-week ratio
 *   showed no link with injury in Frandsen et al. 2025, so this is weak evidence at most);
 * - the runner's cramp log: earlier cramps in similar conditions, and what their cramps share.
 */
export const LOAD_WEEKS = TREND_WEEKS;
/** Last week this much above the mean of the 3 before it: a note (info). */
export const LOAD_RISE_PCT = 30;
/** From here a caution, still never a warning. */
export const LOAD_RISE_CAUTION_PCT = 50;
/** A rise smaller than this (m) is not worth a note, whatever the percentage. */
const LOAD_MIN_RISE_M = 5000;
/** Baseline weeks (each must have some volume) averaging less than this (m) are too little to compare against. */
const LOAD_MIN_BASE_M = 5000;

export interface LoadTrend {
  /** Distance per week, oldest first, m. */
  weeksM: number[];
  /** Last week vs the mean of the 3 before it, %. */
  risePct: number;
  /** Last 7 days ÷ mean weekly of the last 28 days (coupled: the 28 days include the 7). */
  acwr: number;
}

/** From the weekly distances of the 4 weeks before the activity (recent-training.ts); null without a reference time. */
export function loadTrend(w: readonly number[] | null): LoadTrend | null {
  if (w === null || w.length !== LOAD_WEEKS) return null;
  const last = w[LOAD_WEEKS - 1] as number;
  let before = 0;
  for (let i = 0; i < LOAD_WEEKS - 1; i++) {
    // An empty week may be a break or history not imported yet: no baseline to compare with.
    // A rise means the last week is the biggest of the four, not a dip and recovery.
    if (!((w[i] as number) > 0) || (w[i] as number) >= last) return null;
    before += w[i] as number;
  }
  const base = before / (LOAD_WEEKS - 1);
  if (base < LOAD_MIN_BASE_M || last - base < LOAD_MIN_RISE_M) return null;
  const risePct = Math.round(((last - base) / base) * 1000) / 10;
  if (risePct <= LOAD_RISE_PCT) return null;
  const chronic = (before + last) / LOAD_WEEKS;
  return { weeksM: [...w], risePct, acwr: Math.round((last / chronic) * 100) / 100 };
}

/** Similar conditions: duration within ±30 %, temperature within ±5 °C when both are known. */
export const SIMILAR_DURATION = 0.3;
export const SIMILAR_TEMPERATURE_C = 5;
/** A pattern needs this many logged cramps; it describes the most recent `PATTERN_MAX` of them. */
export const PATTERN_MIN = 3;
export const PATTERN_MAX = 5;
const DURATION_STEPS_MIN = [120, 90, 75, 60, 45];
const TEMPERATURE_STEPS_C = [28, 25, 22, 20, 18, 15];
/** The muscles a pattern can name (limits.ts MUSCLES): "other" says nothing to repeat. */
export type Muscle = Exclude<LoggedMuscle, 'other'>;
const NAMED_MUSCLES = MUSCLES.filter((m): m is Muscle => m !== 'other');

export interface CrampPattern {
  /** How many of the latest cramps it describes. */
  n: number;
  /** All longer than this many minutes (45/60/75/90/120), or null. */
  overMin: number | null;
  /** All warmer than this (15/18/20/22/25/28 °C), or null. */
  aboveC: number | null;
  allRaces: boolean;
  /** All came in the last quarter of the activity. */
  lastQuarter: boolean;
  muscle: Muscle | null;
  /** Logged runs without cramps that fit the same length/temperature/race description; null when the pattern has none of those. */
  fine: number | null;
  /** Whether this activity fits the length/temperature/race description; null when there is none. */
  matches: boolean | null;
}

export interface OwnLog {
  /** Earlier cramps in similar conditions, most recent first. */
  similar: CrampLogEntry[];
  /** Logged runs without cramps in similar conditions. */
  similarFine: number;
  pattern: CrampPattern | null;
}

export interface CurrentRun {
  durationS: number;
  temperatureC: number | null;
  isRace: boolean;
}

function similar(l: CrampLogEntry, run: CurrentRun): boolean {
  if (!(run.durationS > 0) || Number.isNaN(l.durationS) || Math.abs(l.durationS - run.durationS) > SIMILAR_DURATION * run.durationS) return false;
  return run.temperatureC === null || Number.isNaN(l.temperatureC) || Math.abs(l.temperatureC - run.temperatureC) <= SIMILAR_TEMPERATURE_C;
}

/** The largest step every value exceeds (values all known), or null. */
function sharedStep(values: readonly number[], steps: readonly number[]): number | null {
  let min = Number.POSITIVE_INFINITY;
  for (const v of values) {
    if (Number.isNaN(v)) return null;
    if (v < min) min = v;
  }
  for (const s of steps) if (min > s) return s;
  return null;
}

function fitsDescription(p: Pick<CrampPattern, 'overMin' | 'aboveC' | 'allRaces'>, durationS: number, temperatureC: number, isRace: boolean): boolean {
  if (p.overMin !== null && !(durationS / 60 > p.overMin)) return false;
  if (p.aboveC !== null && !(temperatureC > p.aboveC)) return false;
  return !p.allRaces || isRace;
}

function pattern(cramps: readonly CrampLogEntry[], fineLogs: readonly CrampLogEntry[], run: CurrentRun): CrampPattern | null {
  if (cramps.length < PATTERN_MIN) return null;
  const latest = cramps.slice(-PATTERN_MAX);
  const overMin = sharedStep(
    latest.map((l) => l.durationS / 60),
    DURATION_STEPS_MIN,
  );
  const aboveC = sharedStep(
    latest.map((l) => l.temperatureC),
    TEMPERATURE_STEPS_C,
  );
  const allRaces = latest.every((l) => l.isRace);
  const lastQuarter = latest.every((l) => !Number.isNaN(l.atMin) && !Number.isNaN(l.durationS) && l.atMin >= (0.75 * l.durationS) / 60);
  const muscle = NAMED_MUSCLES.find((m) => latest.every((l) => l.muscles.includes(m))) ?? null;
  if (overMin === null && aboveC === null && !allRaces && !lastQuarter && muscle === null) return null;
  const p = { n: latest.length, overMin, aboveC, allRaces, lastQuarter, muscle, fine: null as number | null, matches: null as boolean | null };
  if (overMin !== null || aboveC !== null || allRaces) {
    p.fine = fineLogs.filter((l) => fitsDescription(p, l.durationS, l.temperatureC, l.isRace)).length;
    p.matches = fitsDescription(p, run.durationS, run.temperatureC ?? Number.NaN, run.isRace);
  }
  return p;
}

export function ownLog(history: readonly unknown[], family: SportFamily, referenceMs: number | null, ownId: string | null, run: CurrentRun): OwnLog | null {
  const { cramps, fine } = crampLogs(history, family, referenceMs, ownId);
  if (cramps.length === 0) return null;
  const similarCramps = cramps.filter((l) => similar(l, run)).reverse();
  const p = pattern(cramps, fine, run);
  if (similarCramps.length === 0 && p === null) return null;
  return { similar: similarCramps, similarFine: fine.filter((l) => similar(l, run)).length, pattern: p };
}
