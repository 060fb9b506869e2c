import type { Session } from './past-runs';
import { carriedSpeed, MIN_SESSIONS, type PaceBaseline, USUAL_RUN_DISTANCE_M } from './riegel-pace';
import { type SortedWindow, slideWindow, windowMedian } from './sorted-window';

/**
 * The runner's usual pace: training carried to the usual distance (USUAL_RUN_DISTANCE_M). Every
 * analysis asks for it (weigh-in-effort.ts), the 8-week view hundreds of times over the same weeks,
 * so each session is carried once per sessions array, when a window first reaches it, and the
 * window slides from the last one asked. Other distances are carried for their own window only
 * (own-distance-pace.ts). The same arithmetic either way: the same numbers.
 */
interface Carried {
  sessions: readonly Session[];
  /** Each session's speed carried to the usual distance; NOT_YET until a window reaches it. */
  speeds: Float64Array;
  /** The last window's counted speeds, sorted (sorted-window.ts). */
  sorted: SortedWindow | null;
}
const carriedBySessions = new WeakMap<readonly Session[], Carried>();
/** Not carried yet (a carried speed is positive, or NaN when the session does not count). */
const NOT_YET = -1;

export function carriedToUsual(sessions: readonly Session[]): Carried {
  let carried = carriedBySessions.get(sessions);
  if (carried === undefined) {
    carried = { sessions, speeds: new Float64Array(sessions.length).fill(NOT_YET), sorted: null };
    carriedBySessions.set(sessions, carried);
  }
  return carried;
}

export function carriedAt(carried: Carried, index: number): number {
  let speed = carried.speeds[index] as number;
  if (speed === NOT_YET) {
    speed = carriedSpeed(carried.sessions[index] as Session, USUAL_RUN_DISTANCE_M);
    carried.speeds[index] = speed;
  }
  return speed;
}

/** The usual pace of the window [from, to), moved there from the last window asked. */
export function usualFromSlide(carried: Carried, from: number, to: number): PaceBaseline | null {
  carried.sorted = slideWindow(carried.sorted, from, to, carried.sessions.length, (i) => carriedAt(carried, i));
  const count = carried.sorted.size;
  return count < MIN_SESSIONS ? null : { speedMs: windowMedian(carried.sorted), count, basis: 'usual' };
}
