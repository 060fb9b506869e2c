import { type Session, type SportFamily, sessionWindow } from './past-runs';
import { medianInPlace, select } from './recent-training';
import { keyAt, medianByKeys, riegelKeys } from './riegel-median';
import { type SortedWindow, slideWindow, windowMedian } from './sorted-window';

/**
 * The runner's usual speed AT THIS DISTANCE: Schwellnus 2011 compared race pace with each athlete's
 * own predicted time, so sessions are compared like with like. Each training session of the same
 * sport family in the 30 days before (races left out: they are the effort being judged, not the
 * baseline) is carried to today's distance with Riegel's T2 = T1·(D2/D1)^1.06, and only sessions
 * between a third and three times today's distance count (Riegel is not meant for larger jumps).
 */
export const RIEGEL_EXPONENT = 1.06;
const SIMILAR_FACTOR = 3;
/** The distance the runner's usual pace is carried to (weigh-in-effort.ts). */
export const USUAL_RUN_DISTANCE_M = 10_000;
/** A usable baseline needs at least this many sessions. */
const MIN_SESSIONS = 2;

export interface PaceBaseline {
  /** Median of the sessions' speeds carried to today's distance, m/s (for a race: the best). */
  speedMs: number;
  count: number;
  /** `usual`: the median of training; `predicted`: a race's predicted time from the best recent effort. */
  basis: 'usual' | 'predicted';
}

let scratch = new Float64Array(256);

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

let picked = new Int32Array(256);
let pickedKeys = new Float64Array(256);

/**
 * The baseline at `distanceM` carrying only the sessions near the middle (riegel-median.ts): the
 * same answer. Undefined when a session's key is unusable; then every session is carried.
 */
function usualByKeys(sessions: readonly Session[], from: number, to: number, ownId: string | null, distanceM: number): PaceBaseline | null | undefined {
  const known = riegelKeys(sessions);
  if (scratch.length < to - from) scratch = new Float64Array(sessions.length);
  if (picked.length < to - from) {
    picked = new Int32Array(sessions.length);
    pickedKeys = new Float64Array(sessions.length);
  }
  let count = 0;
  for (let i = from; i < to; i++) {
    const s = sessions[i] as Session;
    if ((ownId !== null && s.id === ownId) || s.isRace || Number.isNaN(s.speedMs) || s.distanceM < distanceM / SIMILAR_FACTOR || s.distanceM > distanceM * SIMILAR_FACTOR) continue;
    const key = keyAt(known, sessions, i, RIEGEL_EXPONENT - 1);
    scratch[count] = key;
    pickedKeys[count] = key;
    picked[count++] = i;
  }
  if (count < MIN_SESSIONS) return null;
  const speedMs = medianByKeys(scratch, picked, count, pickedKeys, (i) => riegelSpeedMs((sessions[i] as Session).speedMs, (sessions[i] as Session).distanceM, distanceM), select);
  return speedMs === null ? undefined : { speedMs, count, basis: 'usual' };
}

/**
 * Each dated sessions array's last window of training sessions, sorted by Riegel key
 * (sorted-window.ts): the 8-week view asks for the windows of its runs one after another, each
 * sharing most of its sessions with the one before.
 */
const keyedBySessions = new WeakMap<readonly Session[], { window: SortedWindow | null }>();

/** usualByKeys for a dated window without the analyzed activity's id in it, its sessions read in key order. */
function usualByKeyWindow(sessions: readonly Session[], from: number, to: number, distanceM: number): PaceBaseline | null | undefined {
  const known = riegelKeys(sessions);
  let state = keyedBySessions.get(sessions);
  if (state === undefined) {
    state = { window: null };
    keyedBySessions.set(sessions, state);
  }
  // Races and sessions without a speed never count: they are left out of the window.
  const trainingKey = (i: number) => {
    const s = sessions[i] as Session;
    return s.isRace || Number.isNaN(s.speedMs) ? Number.NaN : keyAt(known, sessions, i, RIEGEL_EXPONENT - 1);
  };
  const window = slideWindow(state.window, from, to, sessions.length, trainingKey);
  state.window = window;
  if (scratch.length < window.size) scratch = new Float64Array(sessions.length);
  if (picked.length < window.size) {
    picked = new Int32Array(sessions.length);
    pickedKeys = new Float64Array(sessions.length);
  }
  let count = 0;
  for (let j = 0; j < window.size; j++) {
    const i = window.indices[j] as number;
    const d = (sessions[i] as Session).distanceM;
    if (d < distanceM / SIMILAR_FACTOR || d > distanceM * SIMILAR_FACTOR) continue;
    const key = window.values[j] as number;
    scratch[count] = key;
    pickedKeys[count] = key;
    picked[count++] = i;
  }
  if (count < MIN_SESSIONS) return null;
  const speedMs = medianByKeys(scratch, picked, count, pickedKeys, (i) => riegelSpeedMs((sessions[i] as Session).speedMs, (sessions[i] as Session).distanceM, distanceM), select);
  return speedMs === null ? undefined : { speedMs, count, basis: 'usual' };
}

/** A session's speed carried to `distanceM`, or NaN when it does not count (a race, no speed, too far from today's distance). */
function carriedSpeed(s: Session, distanceM: number): number {
  if (s.isRace || Number.isNaN(s.speedMs) || s.distanceM < distanceM / SIMILAR_FACTOR || s.distanceM > distanceM * SIMILAR_FACTOR) return Number.NaN;
  return riegelSpeedMs(s.speedMs, s.distanceM, distanceM);
}

/**
 * Each session carried to the usual distance, worked out once per sessions array, when a window
 * first reaches it: every analysis asks for the usual pace (weigh-in-effort.ts), the 8-week view
 * hundreds of times over the same weeks. Other distances are carried for their own window only.
 * The same arithmetic either way: the same numbers.
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

function carriedToUsual(sessions: readonly Session[]): Carried {
  let carried = carriedBySessions.get(sessions);
  if (carried === undefined) {
    carried = { sessions, speeds: new Float64Array(sessions.length).fill(NOT_YET), sorted: null };
    carriedBySessions.set(sessions, carried);
  }
  return carried;
}

function carriedAt(carried: Carried, index: number): number {
  let speed = carried.speeds[index] as number;
  if (speed === NOT_YET) {
    speed = carriedSpeed(carried.sessions[index] as Session, USUAL_RUN_DISTANCE_M);
    carried.speeds[index] = speed;
  }
  return speed;
}

/** The usual pace of the window [from, to), moved there from the last window asked. */
function usualFromSlide(carried: Carried, from: number, to: number): PaceBaseline | null {
  carried.sorted = slideWindow(carried.sorted, from, to, carried.sessions.length, (i) => carriedAt(carried, i));
  const count = carried.sorted.size;
  return count < MIN_SESSIONS ? null : { speedMs: windowMedian(carried.sorted), count, basis: 'usual' };
}

/** Whether a session with id `ownId` (left out of the baseline) lies in [from, to): rare, but then the window is read whole. */
function hasIdIn(sessions: readonly Session[], ownId: string | null, from: number, to: number): boolean {
  if (ownId === null) return false;
  for (let i = from; i < to; i++) if ((sessions[i] as Session).id === ownId) return true;
  return false;
}

/**
 * A race is judged against the runner's PREDICTED race time, as Schwellnus 2011 did: the best of
 * the recent efforts of the same family (past races included, the race itself not), each carried to
 * the race's distance by Riegel, among sessions between a third and three times the distance. Null
 * with fewer than 2 such sessions.
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
    if ((ownId !== null && s.id === ownId) || Number.isNaN(s.speedMs) || s.distanceM < distanceM / SIMILAR_FACTOR || s.distanceM > distanceM * SIMILAR_FACTOR) continue;
    best = Math.max(best, riegelSpeedMs(s.speedMs, s.distanceM, distanceM));
    count++;
  }
  return count < MIN_SESSIONS ? null : { speedMs: best, count, basis: 'predicted' };
}
