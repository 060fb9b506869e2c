import { ACTIVITY_LIMITS } from './limits';
import { localDate, wallClockMs } from './start-time';

export type SportFamily = 'run' | 'foot' | 'ride' | 'other';

export function familyOf(sport: unknown): SportFamily {
  if (sport === 'run' || sport === 'trail_run') return 'run';
  if (sport === 'walk' || sport === 'hike') return 'foot';
  if (sport === 'ride') return 'ride';
  return 'other';
}

/** A past activity reduced to what the 30-day comparisons need. */
export interface Session {
  startMs: number | null;
  family: SportFamily;
  id: unknown;
  distanceM: number;
  /** Average speed, m/s, or NaN when no usable duration was recorded. */
  speedMs: number;
}

/** A past activity with a plausible distance, or null; `startMs` null when it has no usable date. */
export function toSession(item: unknown): Session | null {
  if (typeof item !== 'object' || item === null) return null;
  const h = item as Record<string, unknown>;
  const d = h.distanceM;
  if (typeof d !== 'number' || !(d > 0) || d > ACTIVITY_LIMITS.distanceM.max) return null;
  const t = typeof h.movingS === 'number' && h.movingS > 0 ? h.movingS : h.elapsedS;
  const speed = typeof t === 'number' && t > 0 ? d / t : Number.NaN;
  return { startMs: wallClockMs(h.startTime), family: familyOf(h.sport), id: h.id, distanceM: d, speedMs: speed < 30 ? speed : Number.NaN };
}

/** One family's dated sessions, sorted by start, as parallel columns (no objects to chase). */
interface Column {
  startMs: Float64Array;
  distanceM: Float64Array;
  speedMs: Float64Array;
  id: unknown[];
}

/** A past activity the runner logged cramps (or no cramps) for: what the own-pattern finding compares. */
export interface CrampLogEntry {
  startMs: number | null;
  id: unknown;
  cramped: boolean;
  /** Moving (else elapsed) time, s; NaN when unknown. */
  durationS: number;
  /** °C; NaN when unknown. */
  temperatureC: number;
  isRace: boolean;
  /** Minutes in when the first cramp came; NaN when not given. */
  atMin: number;
  muscles: readonly string[];
  /** The start's calendar date as written (YYYY-MM-DD), '' when undated. */
  date: string;
}

/** Logs of one kind (cramped, or not): dated ones sorted by start, then the undated. */
interface LogList {
  dated: CrampLogEntry[];
  starts: Float64Array;
  undated: CrampLogEntry[];
}

interface LogColumn {
  cramps: LogList;
  fine: LogList;
}

const emptyList = (): LogList => ({ dated: [], starts: new Float64Array(0), undated: [] });

interface HistoryIndex {
  /** The history's length when indexed: a changed length means the array was edited, so re-index. */
  length: number;
  byFamily: Map<SportFamily, Column>;
  logs: Map<SportFamily, LogColumn>;
}

const positive = (x: unknown, max: number): number => (typeof x === 'number' && x > 0 && x <= max ? x : Number.NaN);

/** The runner's cramp log on a past activity, or null when it has none (or an unreadable one). */
export function toCrampLog(item: unknown): (CrampLogEntry & { family: SportFamily }) | null {
  if (typeof item !== 'object' || item === null) return null;
  const h = item as Record<string, unknown>;
  const log = h.cramp as Record<string, unknown> | null | undefined;
  if (typeof log !== 'object' || log === null || typeof log.cramped !== 'boolean') return null;
  const moving = positive(h.movingS, 172_800);
  const t = h.temperatureC;
  const startMs = wallClockMs(h.startTime);
  const date = localDate(h.startTime) ?? '';
  return {
    family: familyOf(h.sport),
    startMs,
    id: h.id,
    cramped: log.cramped,
    durationS: Number.isNaN(moving) ? positive(h.elapsedS, 172_800) : moving,
    temperatureC: typeof t === 'number' && t > -40 && t < 55 ? t : Number.NaN,
    isRace: h.isRace === true,
    atMin: typeof log.atMin === 'number' && log.atMin >= 0 && Number.isFinite(log.atMin) ? log.atMin : Number.NaN,
    muscles: Array.isArray(log.muscles) ? log.muscles.filter((x): x is string => typeof x === 'string') : [],
    date,
  };
}

/**
 * The same history array is passed for every activity a runner views (it comes from storage), so
 * it is indexed once — per sport family, sorted by start — and each analysis finds its 30-day
 * window by binary search instead of scanning 5,000 sessions. Keyed by the array itself
 * (WeakMap), so an index lives exactly as long as its history.
 */
const cache = new WeakMap<readonly unknown[], HistoryIndex>();

function indexOf(history: readonly unknown[]): HistoryIndex {
  const cached = cache.get(history);
  if (cached && cached.length === history.length) return cached;
  const groups = new Map<SportFamily, Session[]>();
  const logs = new Map<SportFamily, LogColumn>();
  for (const item of history) {
    const log = toCrampLog(item);
    if (log !== null) {
      const column = logs.get(log.family) ?? { cramps: emptyList(), fine: emptyList() };
      const list = log.cramped ? column.cramps : column.fine;
      (log.startMs === null ? list.undated : list.dated).push(log);
      logs.set(log.family, column);
    }
    const s = toSession(item);
    if (s === null || s.startMs === null) continue;
    const group = groups.get(s.family) ?? [];
    group.push(s);
    groups.set(s.family, group);
  }
  const byFamily = new Map<SportFamily, Column>();
  for (const [family, group] of groups) {
    group.sort((a, b) => (a.startMs as number) - (b.startMs as number));
    byFamily.set(family, {
      startMs: Float64Array.from(group, (s) => s.startMs as number),
      distanceM: Float64Array.from(group, (s) => s.distanceM),
      speedMs: Float64Array.from(group, (s) => s.speedMs),
      id: group.map((s) => s.id),
    });
  }
  for (const column of logs.values()) {
    for (const list of [column.cramps, column.fine]) {
      list.dated.sort((a, b) => (a.startMs as number) - (b.startMs as number));
      list.starts = Float64Array.from(list.dated, (l) => l.startMs as number);
    }
  }
  const index = { length: history.length, byFamily, logs };
  cache.set(history, index);
  return index;
}

function firstAtOrAfter(starts: Float64Array, ms: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Scratch space for the window's speeds, reused across calls (single-threaded, never returned). */
let scratch = new Float64Array(256);

/** Weeks of the load trend (own-history.ts), summed in the same pass as the 30-day window. */
export const TREND_WEEKS = 4;
const WEEK_MS = 7 * 24 * 3600 * 1000;
const weekScratch = new Float64Array(TREND_WEEKS);

export interface WindowStats {
  count: number;
  longestM: number;
  /** The window's speeds, sorted; valid until the next call. */
  sortedSpeedsMs: Float64Array;
  /**
   * Distance per 7-day week for the 4 weeks before `toMs`, oldest first (week i covers
   * [toMs − (4 − i)·7 d, toMs − (3 − i)·7 d)); only the part inside the window is counted. Valid until the next call.
   */
  weeksM: Float64Array;
}

/** Sessions of `family` starting in [fromMs, toMs), leaving out the one with id `ownId`. */
export function windowStats(history: readonly unknown[], family: SportFamily, fromMs: number, toMs: number, ownId: string | null): WindowStats {
  const column = indexOf(history).byFamily.get(family);
  let count = 0;
  let longestM = 0;
  let speeds = 0;
  weekScratch.fill(0);
  const trendFromMs = toMs - TREND_WEEKS * WEEK_MS;
  if (column) {
    const end = firstAtOrAfter(column.startMs, toMs);
    const start = firstAtOrAfter(column.startMs, fromMs);
    if (scratch.length < end - start) scratch = new Float64Array(end - start);
    for (let i = start; i < end; i++) {
      if (ownId !== null && column.id[i] === ownId) continue;
      count++;
      const d = column.distanceM[i] as number;
      if (d > longestM) longestM = d;
      const v = column.speedMs[i] as number;
      if (!Number.isNaN(v)) scratch[speeds++] = v;
      const since = (column.startMs[i] as number) - trendFromMs;
      if (since >= 0) {
        const w = Math.min(TREND_WEEKS - 1, Math.floor(since / WEEK_MS));
        weekScratch[w] = (weekScratch[w] as number) + d;
      }
    }
  }
  return { count, longestM, sortedSpeedsMs: scratch.subarray(0, speeds).sort(), weeksM: weekScratch };
}

/** What one analysis reads of the cramp log: `list[0 … end)` counts, except entries with `ownId`. */
export interface LogView {
  list: readonly CrampLogEntry[];
  end: number;
}
const NO_LOGS: LogView = { list: [], end: 0 };

function view(l: LogList, beforeMs: number | null): LogView {
  if (beforeMs !== null) return { list: l.dated, end: firstAtOrAfter(l.starts, beforeMs) };
  const list = l.undated.length === 0 ? l.dated : [...l.undated, ...l.dated];
  return { list, end: list.length };
}

/**
 * The cramp logs of `family` that count for an activity starting at `beforeMs`, cramped and not:
 * dated ones strictly before it, oldest first (without a reference time, every log, undated ones
 * first). No copies: a runner who logs every run has thousands of "no cramps" entries.
 */
export function crampLogs(history: readonly unknown[], family: SportFamily, beforeMs: number | null): { cramps: LogView; fine: LogView } {
  const column = indexOf(history).logs.get(family);
  if (!column) return { cramps: NO_LOGS, fine: NO_LOGS };
  return { cramps: view(column.cramps, beforeMs), fine: view(column.fine, beforeMs) };
}
