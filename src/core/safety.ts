import type { SafetyNote } from './analysis';
import type { Context } from './context';
import { crampLogs, WINDOW_MS } from './past-runs';
import { msg } from './i18n/index';
import { SOURCES } from './sources';
import { formatTemperature } from './format';
import { FROSTBITE_WIND_CHILL_C, windChillC } from './wind-chill';

/**
 * Safety notes (§10 of the reference): the signs that need medical care, shown apart from the
 * advice because they hold however wrong an estimate is.
 * - `hyponatremia-signs`: long sessions (≥ 4 h), whenever the hyponatremia profile applies, and
 *   whenever the runner weighed more after than before;
 * - `heat-illness-signs`: red and black flags (or possible with the humidity unknown), and whenever
 *   the heat is uncompensable (more than the body can sweat away), whatever the flag;
 * - `see-a-doctor`: cramps "often", a logged cramp on a short easy session, or ≥ 3 cramps logged
 *   within 30 days: the red flags that something other than exercise may be behind them;
 * - `cold`: white flag on a session of 2 h or more (hypothermia when wet, slow and long);
 * - `frostbite`: a wind chill (air temperature with the runner's own speed) below −27 °C.
 */
const LONG_MIN = 240;
const COLD_LONG_MIN = 120;
/** A "short easy" session: under an hour, not a race, no jump in pace or distance, not hot. */
const SHORT_EASY_MIN = 60;
const FREQUENT_LOGGED = 3;

const HOT: readonly string[] = ['red', 'black'];

/** Cramps logged on this activity and on the same family's sessions in the 30 days before it. */
export function loggedCramps(history: readonly unknown[], family: Context['family'], referenceMs: number | null, ownId: string | null, crampedNow: boolean): number {
  const n = crampedNow ? 1 : 0;
  if (referenceMs === null) return n;
  const { cramps } = crampLogs(history, family, referenceMs, ownId);
  return n + cramps.filter((e) => e.startMs !== null && e.startMs >= referenceMs - WINDOW_MS).length;
}

export interface SafetyInput {
  /** This activity's own cramp log said "cramped". */
  crampedNow: boolean;
  /** Cramps logged within 30 days, this one included (loggedCramps). */
  loggedCramps: number;
}

export function safetyNotes(c: Context, s: SafetyInput): SafetyNote[] {
  const m = msg(c);
  const notes: SafetyNote[] = [];
  // A weight gain on the scale is over-drinking: the signs matter whatever the duration.
  if (c.minutes >= LONG_MIN || c.hyponatremia || c.gainKg > 0) {
    notes.push({ id: 'hyponatremia-signs', text: m.safetyHyponatremia(), sources: [SOURCES.hewButler2015] });
  }
  if (HOT.includes(c.flag ?? '') || HOT.includes(c.flagRange?.high ?? '') || c.uncompensable) {
    notes.push({ id: 'heat-illness-signs', text: m.safetyHeatIllness(), sources: [SOURCES.acsmHeatFlags] });
  }
  const shortEasy =
    s.crampedNow && c.minutes > 0 && c.minutes < SHORT_EASY_MIN && !c.isRace && c.spike === null && c.pacePct === null && !HOT.includes(c.flag ?? '');
  const frequent = s.loggedCramps >= FREQUENT_LOGGED;
  const often = c.crampHistory === 'often';
  if (often || shortEasy || frequent) {
    notes.push({
      id: 'see-a-doctor',
      text: m.safetySeeDoctor({ often, shortEasy, logged: frequent ? s.loggedCramps : null }),
      sources: [SOURCES.schwellnus2009],
    });
  }
  if (c.flag === 'white' && c.minutes >= COLD_LONG_MIN) {
    notes.push({ id: 'cold', text: m.safetyCold(), sources: [SOURCES.acsmHeatFlags] });
  }
  // Frostbite whatever the duration: the runner's own speed is wind on the face (wind-chill.ts).
  const chill = c.temperatureKnown && c.speedMs !== null ? windChillC(c.temperatureC, c.speedMs) : null;
  if (chill !== null && chill < FROSTBITE_WIND_CHILL_C) {
    notes.push({ id: 'frostbite', text: m.safetyFrostbite({ windChillC: formatTemperature(Math.round(chill), c.units, c.language) }), sources: [SOURCES.castellani2006] });
  }
  return notes;
}
