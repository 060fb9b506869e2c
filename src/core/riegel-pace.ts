import type { Session } from './past-runs';

/**
 * What every pace baseline shares (pace-baseline.ts, own-distance-pace.ts, usual-pace.ts,
 * race-prediction.ts): Riegel's T2 = T1·(D2/D1)^1.06 carries a session's speed to another
 * distance, and only sessions between a third and three times that distance are carried (Riegel
 * is not meant for larger jumps). Kept apart so that the files choosing WHICH sessions count do
 * not each restate how one is carried.
 */
export const RIEGEL_EXPONENT = 1.06;
export const SIMILAR_FACTOR = 3;
/** The distance the runner's usual pace is carried to (weigh-in-effort.ts). */
export const USUAL_RUN_DISTANCE_M = 10_000;
/** A usable baseline needs at least this many sessions. */
export const MIN_SESSIONS = 2;

export interface PaceBaseline {
  /** Median of the sessions' speeds carried to today's distance, m/s (for a race: the best). */
  speedMs: number;
  count: number;
  /** `usual`: the median of training; `predicted`: a race's predicted time from the best recent effort. */
  basis: 'usual' | 'predicted';
}

/** Speed over `distanceM` predicted from a session of `fromM` at `speedMs` (Riegel). */
export const riegelSpeedMs = (speedMs: number, fromM: number, distanceM: number): number => speedMs * (fromM / distanceM) ** (RIEGEL_EXPONENT - 1);

/** Any session's speed carried to `distanceM`, races included, or NaN without a speed or too far from that distance. */
export function riegelCarried(s: Session, distanceM: number): number {
  if (Number.isNaN(s.speedMs) || s.distanceM < distanceM / SIMILAR_FACTOR || s.distanceM > distanceM * SIMILAR_FACTOR) return Number.NaN;
  return riegelSpeedMs(s.speedMs, s.distanceM, distanceM);
}

/** A training session's speed carried to `distanceM`, or NaN when it does not count (a race, or as riegelCarried). */
export const carriedSpeed = (s: Session, distanceM: number): number => (s.isRace ? Number.NaN : riegelCarried(s, distanceM));
