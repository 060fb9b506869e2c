import { type Session, type SportFamily, sessionWindow } from './past-runs';
import { MIN_SESSIONS, type PaceBaseline, riegelCarried } from './riegel-pace';

/**
 * A race is judged against the runner's PREDICTED race time, as Schwellnus 2011 did: the best of
 * the recent efforts of the same family (past races included, the race itself not), each carried to
 * the race's distance by Riegel, among sessions between a third and three times the distance. Null
 * with fewer than 2 such sessions. Its own file: a race asks a different question of the same
 * sessions than training does (the best effort, not the usual one).
 */
export function racePrediction(
  history: readonly unknown[],
  family: SportFamily,
  referenceMs: number | null,
  ownId: string | null,
  distanceM: number,
): PaceBaseline | null {
  if (!(distanceM > 0)) return null;
  const { sessions, from, to } = sessionWindow(history, family, referenceMs);
  let best = 0;
  let count = 0;
  for (let i = from; i < to; i++) {
    const s = sessions[i] as Session;
    const speed = ownId !== null && s.id === ownId ? Number.NaN : riegelCarried(s, distanceM);
    if (Number.isNaN(speed)) continue;
    best = Math.max(best, speed);
    count++;
  }
  return count < MIN_SESSIONS ? null : { speedMs: best, count, basis: 'predicted' };
}
