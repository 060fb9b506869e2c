/**
 * Cumulative splits from a recorded track's time and distance samples, for the after-race review
 * (review.ts compares time per leg with them). Pure and free of zod: the content script derives
 * them from the page's own streams. Anything that is not two equally long lists of numbers gives
 * nothing; it never throws.
 */
import { ACTIVITY_LIMITS as L, SPLITS_MAX } from '../limits';
import { streamNumbers as numbers } from '../stream-samples';

export interface Split {
  /** Metres from the start. */
  atM: number;
  /** Seconds since the start (elapsed, pauses included, as a race is timed). */
  elapsedS: number;
}

const STEP_M = 1000;
/**
 * One split every kilometre (interpolated between the samples either side) and one at the end of
 * the track. A GPS distance that steps back is held at its highest so far; time must never go back.
 */
export function splitsFromStreams(time: unknown, distance: unknown): Split[] {
  const t = numbers(time);
  const d = numbers(distance);
  if (t === null || d === null || t.length !== d.length || t.length < 2) return [];
  const totalM = Math.max(...d);
  if (!(totalM > 0)) return [];
  const step = Math.max(STEP_M, Math.ceil(totalM / (SPLITS_MAX - 1) / STEP_M) * STEP_M);
  const splits: Split[] = [];
  let reached = Math.max(0, d[0] as number);
  let next = (Math.floor(reached / step) + 1) * step;
  for (let i = 1; i < t.length; i++) {
    const t0 = t[i - 1] as number;
    const t1 = t[i] as number;
    if (t1 < t0) return [];
    const before = reached;
    reached = Math.max(reached, d[i] as number);
    while (reached >= next && reached > before) {
      const elapsedS = t0 + ((next - before) / (reached - before)) * (t1 - t0);
      splits.push({ atM: next, elapsedS: Math.round(elapsedS) });
      next += step;
    }
  }
  const endS = t[t.length - 1] as number;
  if (reached > (splits.at(-1)?.atM ?? 0) && endS > 0) splits.push({ atM: Math.round(reached * 10) / 10, elapsedS: endS });
  // What the Activity schema would refuse is dropped here, so a track never spoils the message it rides in.
  const kept = splits.filter((s) => s.elapsedS >= L.elapsedS.min && s.elapsedS <= L.elapsedS.max && s.atM <= L.distanceM.max);
  return kept.length <= SPLITS_MAX ? kept : [];
}
