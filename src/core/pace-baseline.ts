import { type SportFamily, windowSessions } from './past-runs';
import { median } from './recent-training';

/**
 * The runner's usual speed AT THIS DISTANCE: Schwellnus 2011 compared race pace with each athlete's
 * own predicted time, so sessions are compared like with like. Each training session of the same
 * sport family in the 30 days before (races left out: they are the effort being judged, not the
 * baseline) is carried to today's distance with Riegel's T2 = T1·(D2/D1)^1.06, and only sessions
 * between a third and three times today's distance count (Riegel is not meant for larger jumps).
 */
export const RIEGEL_EXPONENT = 1.06;
const SIMILAR_FACTOR = 3;
/** A usable baseline needs at least this many sessions. */
const MIN_SESSIONS = 2;

export interface PaceBaseline {
  /** Median of the sessions' speeds carried to today's distance, m/s. */
  speedMs: number;
  count: number;
}

/** Speed over `distanceM` predicted from a session of `fromM` at `speedMs` (Riegel). */
export const riegelSpeedMs = (speedMs: number, fromM: number, distanceM: number): number => speedMs * (fromM / distanceM) ** (RIEGEL_EXPONENT - 1);

/** The baseline, or null with fewer than 2 comparable sessions. Without a reference time every dated or undated session counts. */
export function paceBaseline(
  history: readonly unknown[],
  family: SportFamily,
  referenceMs: number | null,
  ownId: string | null,
  distanceM: number,
): PaceBaseline | null {
  if (!(distanceM > 0)) return null;
  const speeds: number[] = [];
  // The window's sessions (past-runs.ts), races left out, within a factor 3 of today's distance.
  for (const s of windowSessions(history, family, referenceMs, ownId)) {
    if (s.isRace || Number.isNaN(s.speedMs) || s.distanceM < distanceM / SIMILAR_FACTOR || s.distanceM > distanceM * SIMILAR_FACTOR) continue;
    speeds.push(riegelSpeedMs(s.speedMs, s.distanceM, distanceM));
  }
  if (speeds.length < MIN_SESSIONS) return null;
  return { speedMs: median(speeds) as number, count: speeds.length };
}
