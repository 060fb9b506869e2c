import { DAY_MS } from './start-time';
import { type Session, type SportFamily, sessionWindow, WINDOW_MS } from './past-runs';

/**
 * The runner's recent training, relative to the analyzed activity's own start (so the answer is
 * the same whenever it is viewed): the longest session and the weekly distances of the same sport
 * family in the 30 days before it (past-runs.ts reads the stored history; the usual pace is
 * pace-baseline.ts, compared at today's distance).
 */
export { WINDOW_MS };
export type { SportFamily };

/** Weeks of the load trend (own-patterns.ts), the last 4 of the 30-day window. */
export const TREND_WEEKS = 4;
const WEEK_MS = 7 * DAY_MS;

export interface Recent {
  /** Sessions of the same family counted (with a usable distance). */
  count: number;
  longestM: number;
  /** true when a reference time bounded the window (activity start, else `now`). */
  windowed: boolean;
  /**
   * Distance per 7-day week for the 4 weeks before the reference, oldest first (week i covers
   * [ref − (4 − i)·7 d, ref − (3 − i)·7 d)); null without a reference time.
   */
  weeksM: number[] | null;
}

/**
 * The median of the first `n` (at least 1) numbers of `xs` (no NaN), which it rearranges. The
 * middle values are selected, not sorted for (Hoare's quickselect): the 8-week view takes hundreds
 * of medians of a 30-day window, and sorting each was a fifth of its time. The same values a sort
 * would pick.
 */
export function medianInPlace(xs: Float64Array, n: number): number {
  const mid = n >> 1;
  const upper = select(xs, n, mid);
  if (n % 2 === 1) return upper;
  // Everything before `mid` is now at most `upper`: the lower middle value is the largest of them.
  let lower = xs[0] as number;
  for (let i = 1; i < mid; i++) if ((xs[i] as number) > lower) lower = xs[i] as number;
  return (lower + upper) / 2;
}

/** Rearranges xs[0..n) so that xs[k] is its k-th smallest value, smaller ones before, larger after; returns it. */
export function select(xs: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((xs[i] as number) < pivot) i++;
      while ((xs[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = xs[i] as number;
        xs[i++] = xs[j] as number;
        xs[j--] = swap;
      }
    }
    // [lo, j] ≤ pivot ≤ [i, hi]; anything between equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return xs[k] as number;
}

export function recentTraining(history: readonly unknown[], family: SportFamily, referenceMs: number | null, ownId: string | null): Recent {
  // The window read in place (past-runs.ts sessionWindow): the 8-week view asks for hundreds.
  const { sessions, from, to } = sessionWindow(history, family, referenceMs);
  const trendFromMs = referenceMs === null ? 0 : referenceMs - TREND_WEEKS * WEEK_MS;
  const weeksM: number[] | null = referenceMs === null ? null : new Array<number>(TREND_WEEKS).fill(0);
  let count = 0;
  let longestM = 0;
  for (let i = from; i < to; i++) {
    const s = sessions[i] as Session;
    if (ownId !== null && s.id === ownId) continue;
    count++;
    longestM = Math.max(longestM, s.distanceM);
    if (weeksM === null || s.startMs === null || s.startMs < trendFromMs) continue;
    const week = Math.min(TREND_WEEKS - 1, Math.floor((s.startMs - trendFromMs) / WEEK_MS));
    weeksM[week] = (weeksM[week] ?? 0) + s.distanceM;
  }
  return { count, longestM, windowed: referenceMs !== null, weeksM };
}


/** Strip float noise so a +10.000000000000009 % is the +10 % it is (thresholds are exclusive). */
const roundPct = (pct: number): number => Math.round(pct * 1e6) / 1e6;

export interface DistanceSpike {
  pctLonger: number;
  band: '10–30 % longer' | '30–100 % longer' | 'more than twice as long';
  hazardRatio: number;
  hazardLow: number;
  hazardHigh: number;
}

/** Frandsen et al. 2025: injury hazard vs the longest run in the previous 30 days. */
export function distanceSpike(distanceM: number, longestM: number): DistanceSpike | null {
  if (!(longestM > 0) || !(distanceM > 0)) return null;
  const pct = roundPct(((distanceM - longestM) / longestM) * 100);
  if (pct <= 10) return null;
  if (pct <= 30) return { pctLonger: pct, band: '10–30 % longer', hazardRatio: 1.64, hazardLow: 1.31, hazardHigh: 2.05 };
  if (pct <= 100) return { pctLonger: pct, band: '30–100 % longer', hazardRatio: 1.52, hazardLow: 1.16, hazardHigh: 2.0 };
  return { pctLonger: pct, band: 'more than twice as long', hazardRatio: 2.28, hazardLow: 1.5, hazardHigh: 3.48 };
}

/** Crampers started ≈8 % faster than usual (Schwellnus 2011); 5 % is where a pace counts as "faster". */
export const PACE_SPIKE_PCT = 5;
export const PACE_SPIKE_STRONG_PCT = 8;

/** % faster than the usual speed, or null when not meaningfully faster. */
export function paceSpikePct(speedMs: number, medianSpeedMs: number | null): number | null {
  if (medianSpeedMs === null || !(medianSpeedMs > 0) || !(speedMs > 0)) return null;
  const pct = roundPct(((speedMs - medianSpeedMs) / medianSpeedMs) * 100);
  return pct > PACE_SPIKE_PCT ? pct : null;
}
