import type { Session } from './past-runs';
import { select } from './recent-training';
import { keyAt, medianByKeys, riegelKeys } from './riegel-median';
import { MIN_SESSIONS, type PaceBaseline, RIEGEL_EXPONENT, riegelSpeedMs, SIMILAR_FACTOR } from './riegel-pace';
import { type SortedWindow, slideWindow } from './sorted-window';

/**
 * The usual pace at a run's OWN distance (pace-baseline.ts), carrying only the sessions near the
 * middle (riegel-median.ts) instead of every session: the same answer. Apart from the usual pace
 * (usual-pace.ts) because each run has its own distance, so nothing carried can be kept between
 * runs: what is kept is each session's Riegel key and, for dated windows, one window sorted by key
 * that slides from run to run.
 */

// Collected into reused buffers: the 8-week view takes hundreds of these medians.
let scratch = new Float64Array(256);
let picked = new Int32Array(256);
let pickedKeys = new Float64Array(256);

function room(size: number, sessions: number): void {
  if (scratch.length < size) scratch = new Float64Array(sessions);
  if (picked.length < size) {
    picked = new Int32Array(sessions);
    pickedKeys = new Float64Array(sessions);
  }
}

/**
 * The distances a session may have to be carried to `distanceM`, and Riegel's key exponent, read
 * once per question: the loops below would read them for every session of the window, and an
 * imported constant read there made the popup's 8-week view 20 % slower in the bench (npm run bench
 * loads core through Vite, where each read of an import is a property lookup).
 */
const reach = (distanceM: number) => ({ shortest: distanceM / SIMILAR_FACTOR, longest: distanceM * SIMILAR_FACTOR, exponent: RIEGEL_EXPONENT - 1 });

/** The median of the `count` picked sessions carried to `distanceM`; undefined when a key is unusable. */
function pickedMedian(sessions: readonly Session[], count: number, distanceM: number): PaceBaseline | null | undefined {
  if (count < MIN_SESSIONS) return null;
  const speedMs = medianByKeys(scratch, picked, count, pickedKeys, (i) => riegelSpeedMs((sessions[i] as Session).speedMs, (sessions[i] as Session).distanceM, distanceM), select);
  return speedMs === null ? undefined : { speedMs, count, basis: 'usual' };
}

/** The baseline at `distanceM` over [from, to). Undefined when a session's key is unusable; then every session is carried. */
export function usualByKeys(sessions: readonly Session[], from: number, to: number, ownId: string | null, distanceM: number): PaceBaseline | null | undefined {
  const known = riegelKeys(sessions);
  room(to - from, sessions.length);
  const { shortest, longest, exponent } = reach(distanceM);
  let count = 0;
  for (let i = from; i < to; i++) {
    const s = sessions[i] as Session;
    if ((ownId !== null && s.id === ownId) || s.isRace || Number.isNaN(s.speedMs) || s.distanceM < shortest || s.distanceM > longest) continue;
    const key = keyAt(known, sessions, i, exponent);
    scratch[count] = key;
    pickedKeys[count] = key;
    picked[count++] = i;
  }
  return pickedMedian(sessions, count, distanceM);
}

/**
 * Each dated sessions array's last window of training sessions, sorted by Riegel key
 * (sorted-window.ts): the 8-week view asks for the windows of its runs one after another, each
 * sharing most of its sessions with the one before.
 */
const keyedBySessions = new WeakMap<readonly Session[], { window: SortedWindow | null }>();

/** usualByKeys for a dated window without the analyzed activity's id in it, its sessions read in key order. */
export function usualByKeyWindow(sessions: readonly Session[], from: number, to: number, distanceM: number): PaceBaseline | null | undefined {
  const known = riegelKeys(sessions);
  const { shortest, longest, exponent } = reach(distanceM);
  let state = keyedBySessions.get(sessions);
  if (state === undefined) {
    state = { window: null };
    keyedBySessions.set(sessions, state);
  }
  // Races and sessions without a speed never count: they are left out of the window.
  const trainingKey = (i: number) => {
    const s = sessions[i] as Session;
    return s.isRace || Number.isNaN(s.speedMs) ? Number.NaN : keyAt(known, sessions, i, exponent);
  };
  const sorted = slideWindow(state.window, from, to, sessions.length, trainingKey);
  state.window = sorted;
  room(sorted.size, sessions.length);
  let count = 0;
  for (let j = 0; j < sorted.size; j++) {
    const i = sorted.indices[j] as number;
    const d = (sessions[i] as Session).distanceM;
    if (d < shortest || d > longest) continue;
    const key = sorted.values[j] as number;
    scratch[count] = key;
    pickedKeys[count] = key;
    picked[count++] = i;
  }
  return pickedMedian(sessions, count, distanceM);
}
