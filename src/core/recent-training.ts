import { type SportFamily, toSession, windowStats } from './past-runs';

/**
 * The runner's recent training, relative to the analyzed activity's own start (so the answer is
 * the same whenever it is viewed): the longest session and the median speed of the same sport
 * family in the 30 days before it (past-runs.ts reads the stored history).
 */
export const WINDOW_MS = 30 * 24 * 3600 * 1000;

export type { SportFamily };

export interface Recent {
  /** Sessions of the same family counted (with a usable distance). */
  count: number;
  longestM: number;
  /** Median average speed, m/s, or null with fewer than 2 sessions. */
  medianSpeedMs: number | null;
  /** true when a reference time bounded the window (activity start, else `now`). */
  windowed: boolean;
  /** Distance per week for the 4 weeks before the reference, oldest first; null without one. */
  weeksM: number[] | null;
}

/** The median of values already sorted ascending. */
function median(xs: readonly number[]): number {
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
}

export function recentTraining(
  history: readonly unknown[],
  family: SportFamily,
  referenceMs: number | null,
  ownId: string | null,
): Recent {
  if (referenceMs !== null) {
    const { count, longestM, sortedSpeedsMs, weeksM } = windowStats(history, family, referenceMs - WINDOW_MS, referenceMs, ownId);
    return { count, longestM, medianSpeedMs: sortedSpeedsMs.length >= 2 ? median(sortedSpeedsMs) : null, windowed: true, weeksM };
  }
  // No reference time at all: every session of the family counts, dated or not.
  let longestM = 0;
  let count = 0;
  const speeds: number[] = [];
  for (const item of history) {
    const session = toSession(item);
    if (!session || session.family !== family || (ownId !== null && session.id === ownId)) continue;
    count++;
    if (session.distanceM > longestM) longestM = session.distanceM;
    if (!Number.isNaN(session.speedMs)) speeds.push(session.speedMs);
  }
  return { count, longestM, medianSpeedMs: speeds.length >= 2 ? median(speeds.sort((a, b) => a - b)) : null, windowed: false, weeksM: null };
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
