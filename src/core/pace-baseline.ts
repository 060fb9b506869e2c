import { familyOf, type SportFamily } from './history-index';
import { WINDOW_MS } from './history';
import { wallClockMs } from './start-time';

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

function sessionSpeedAt(item: unknown, family: SportFamily, fromMs: number, toMs: number, ownId: string | null, distanceM: number): number | null {
  if (typeof item !== 'object' || item === null) return null;
  const h = item as Record<string, unknown>;
  if (h.isRace === true || familyOf(h.sport) !== family || (ownId !== null && h.id === ownId)) return null;
  const d = h.distanceM;
  const t = typeof h.movingS === 'number' && h.movingS > 0 ? h.movingS : h.elapsedS;
  if (typeof d !== 'number' || typeof t !== 'number' || !(d > 0) || !(t > 0)) return null;
  if (d < distanceM / SIMILAR_FACTOR || d > distanceM * SIMILAR_FACTOR) return null;
  const start = wallClockMs(h.startTime);
  if (Number.isFinite(fromMs) && (start === null || start < fromMs || start >= toMs)) return null;
  const v = d / t;
  return v < 30 ? riegelSpeedMs(v, d, distanceM) : null;
}

/** The baseline, or null with fewer than 2 comparable sessions. Without a reference time every dated or undated session counts. */
export function paceBaseline(
  history: readonly unknown[],
  family: SportFamily,
  referenceMs: number | null,
  ownId: string | null,
  distanceM: number,
): PaceBaseline | null {
  if (!(distanceM > 0)) return null;
  const fromMs = referenceMs === null ? Number.NaN : referenceMs - WINDOW_MS;
  const toMs = referenceMs ?? Number.NaN;
  const speeds: number[] = [];
  for (const item of history) {
    const v = sessionSpeedAt(item, family, fromMs, toMs, ownId, distanceM);
    if (v !== null) speeds.push(v);
  }
  if (speeds.length < MIN_SESSIONS) return null;
  speeds.sort((a, b) => a - b);
  const mid = speeds.length >> 1;
  const median = speeds.length % 2 === 1 ? (speeds[mid] as number) : ((speeds[mid - 1] as number) + (speeds[mid] as number)) / 2;
  return { speedMs: median, count: speeds.length };
}
