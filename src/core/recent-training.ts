import { DAY_MS } from './start-time';
import { type SportFamily, WINDOW_MS, windowSessions } from './past-runs';

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

/** The median, or null with fewer than 2 values. A typed array sorts numbers natively (no comparator calls). */
export function median(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const xs = new Float64Array(values).sort();
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
}

export function recentTraining(history: readonly unknown[], family: SportFamily, referenceMs: number | null, ownId: string | null): Recent {
  const sessions = windowSessions(history, family, referenceMs, ownId);
  let weeksM: number[] | null = null;
  if (referenceMs !== null) {
    const trendFromMs = referenceMs - TREND_WEEKS * WEEK_MS;
    weeksM = new Array<number>(TREND_WEEKS).fill(0);
    for (const s of sessions) {
      if (s.startMs === null || s.startMs < trendFromMs) continue;
      const week = Math.min(TREND_WEEKS - 1, Math.floor((s.startMs - trendFromMs) / WEEK_MS));
      weeksM[week] = (weeksM[week] ?? 0) + s.distanceM;
    }
  }
  return {
    count: sessions.length,
    longestM: sessions.reduce((longest, s) => Math.max(longest, s.distanceM), 0),
    windowed: referenceMs !== null,
    weeksM,
  };
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
