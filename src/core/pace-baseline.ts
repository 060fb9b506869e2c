import { type Session, type SportFamily, sessionWindow } from './past-runs';
import { medianInPlace } from './recent-training';
import { usualByKeys, usualByKeyWindow } from './own-distance-pace';
import { carriedSpeed, MIN_SESSIONS, type PaceBaseline, USUAL_RUN_DISTANCE_M } from './riegel-pace';
import { carriedAt, carriedToUsual, usualFromSlide } from './usual-pace';

/**
 * The runner's usual speed AT THIS DISTANCE: Schwellnus 2011 compared race pace with each athlete's
 * own predicted time, so sessions are compared like with like. Each training session of the same
 * sport family in the 30 days before (races left out: they are the effort being judged, not the
 * baseline) is carried to today's distance with Riegel (riegel-pace.ts), and only sessions
 * between a third and three times today's distance count. This file chooses how to get the one
 * answer: at the usual distance from the usual pace (usual-pace.ts), at any other from the sessions
 * near the middle (own-distance-pace.ts), and, when neither applies, by carrying every session.
 * A race is judged against its predicted time instead (race-prediction.ts).
 */

let scratch = new Float64Array(256);

/** The baseline, or null with fewer than 2 comparable sessions. Without a reference time every dated or undated session counts. */
export function paceBaseline(
  history: readonly unknown[],
  family: SportFamily,
  referenceMs: number | null,
  ownId: string | null,
  distanceM: number,
): PaceBaseline | null {
  if (!(distanceM > 0)) return null;
  // The window's sessions (past-runs.ts), races left out, within a factor 3 of today's distance.
  const { sessions, from, to, dated } = sessionWindow(history, family, referenceMs);
  const carried = dated && distanceM === USUAL_RUN_DISTANCE_M ? carriedToUsual(sessions) : null;
  if (carried !== null && !hasIdIn(sessions, ownId, from, to)) return usualFromSlide(carried, from, to);
  if (carried === null) {
    const byKeys = dated && !hasIdIn(sessions, ownId, from, to) ? usualByKeyWindow(sessions, from, to, distanceM) : usualByKeys(sessions, from, to, ownId, distanceM);
    if (byKeys !== undefined) return byKeys;
  }
  // Collected into one reused buffer: the 8-week view takes hundreds of these medians.
  if (scratch.length < to - from) scratch = new Float64Array(sessions.length);
  let count = 0;
  for (let i = from; i < to; i++) {
    const s = sessions[i] as Session;
    if (ownId !== null && s.id === ownId) continue;
    const speed = carried === null ? carriedSpeed(s, distanceM) : carriedAt(carried, i);
    if (!Number.isNaN(speed)) scratch[count++] = speed;
  }
  if (count < MIN_SESSIONS) return null;
  return { speedMs: medianInPlace(scratch, count), count, basis: 'usual' };
}

/** Whether a session with id `ownId` (left out of the baseline) lies in [from, to): rare, but then the window is read whole. */
function hasIdIn(sessions: readonly Session[], ownId: string | null, from: number, to: number): boolean {
  if (ownId === null) return false;
  for (let i = from; i < to; i++) if ((sessions[i] as Session).id === ownId) return true;
  return false;
}
