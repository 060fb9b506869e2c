import type { Session } from './past-runs';

/**
 * The median of sessions' speeds carried to one distance by Riegel (own-distance-pace.ts), with the
 * power worked out for the few sessions near the middle only. The 8-week view asks for a window
 * of ~200 sessions at each run's own distance, and one power per session per run was a quarter
 * of its time.
 *
 * Carried to distance d, a session's speed is v·(D/d)^e; its ORDER among the others does not
 * depend on d, so each session gets a key k = v·D^e once per sessions array. The computed speed
 * equals k·d^-e to within a few units in the last place (1e-14 relative at most), so a session
 * whose key lies more than a relative 1e-9 below (above) the middle keys is certainly carried to
 * a smaller (larger) speed than any session near the middle. Only the sessions between those
 * bounds are carried, exactly as before: the answer is the one carrying every session gives, to
 * the bit.
 */
export interface RiegelKeys {
  /** Each session's key v·D^e; NOT_YET until a window reaches it. */
  keys: Float64Array;
}

const NOT_YET = -1;
/** Far wider than the rounding gap between a key and its carried speed (a few 1e-16). */
const MARGIN = 1e-9;

const keysBySessions = new WeakMap<readonly Session[], RiegelKeys>();

export function riegelKeys(sessions: readonly Session[]): RiegelKeys {
  let known = keysBySessions.get(sessions);
  if (known === undefined) {
    known = { keys: new Float64Array(sessions.length).fill(NOT_YET) };
    keysBySessions.set(sessions, known);
  }
  return known;
}

export function keyAt(known: RiegelKeys, sessions: readonly Session[], index: number, exponent: number): number {
  let key = known.keys[index] as number;
  if (key === NOT_YET) {
    const s = sessions[index] as Session;
    key = s.speedMs * s.distanceM ** exponent;
    known.keys[index] = key;
  }
  return key;
}

let near = new Float64Array(16);

/**
 * The median of `carry(picked[j])` for j < n (n ≥ 1), given each one's key in `keys[0..n)` (which
 * it rearranges) and again in `pickedKeys[0..n)` (kept in picked's order). `select(xs, n, k)` rearranges xs so xs[k] is its k-th
 * smallest and returns it. Null when a key is not a positive finite number: the caller carries
 * every session instead.
 */
export function medianByKeys(
  keys: Float64Array,
  picked: Int32Array,
  n: number,
  pickedKeys: Float64Array,
  carry: (index: number) => number,
  select: (xs: Float64Array, n: number, k: number) => number,
): number | null {
  const mid = n >> 1;
  const upperKey = select(keys, n, mid);
  let lowerKey = upperKey;
  if (n % 2 === 0) {
    lowerKey = keys[0] as number;
    for (let i = 1; i < mid; i++) if ((keys[i] as number) > lowerKey) lowerKey = keys[i] as number;
  }
  if (!(lowerKey > 0 && Number.isFinite(upperKey))) return null;
  const below = lowerKey * (1 - MARGIN);
  const above = upperKey * (1 + MARGIN);
  // Sessions certainly carried below the middle are counted; those near it are carried.
  let under = 0;
  let count = 0;
  if (near.length < n) near = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const key = pickedKeys[j] as number;
    if (!(key > 0 && Number.isFinite(key))) return null;
    if (key < below) under++;
    else if (key <= above) near[count++] = carry(picked[j] as number);
  }
  const upper = select(near, count, mid - under);
  if (n % 2 === 1) return upper;
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < mid - under; i++) if ((near[i] as number) > lower) lower = near[i] as number;
  return (lower + upper) / 2;
}
