import { parseTimeMs } from './inputs';

/**
 * The runner's recent training, relative to the analyzed activity's own start (so the answer is
 * the same whenever it is viewed): the longest session and the median speed of the same sport
 * family in the 30 days before it. One pass over the history, O(n); only the window is sorted.
 */
export const WINDOW_MS = 30 * 24 * 3600 * 1000;

export type SportFamily = 'run' | 'foot' | 'ride' | 'other';
export function sportFamily(sport: unknown): SportFamily {
  if (sport === 'run' || sport === 'trail_run') return 'run';
  if (sport === 'walk' || sport === 'hike') return 'foot';
  if (sport === 'ride') return 'ride';
  return 'other';
}

export interface Recent {
  /** Sessions of the same family counted (with a usable distance). */
  count: number;
  longestM: number;
  /** Median average speed, m/s, or null with fewer than 2 sessions. */
  medianSpeedMs: number | null;
  /** true when a reference time bounded the window (activity start, else `now`). */
  windowed: boolean;
}

function median(xs: number[]): number {
  xs.sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
}

/** ISO day strings two days outside the window: anything outside them cannot be in it, whatever its UTC offset. */
function dayBounds(referenceMs: number): { lo: string; hi: string } {
  const day = 24 * 3600 * 1000;
  return {
    lo: new Date(referenceMs - WINDOW_MS - 2 * day).toISOString().slice(0, 10),
    hi: new Date(referenceMs + 2 * day).toISOString().slice(0, 10),
  };
}

/**
 * Cheap pre-filter on the text of an ISO date ("YYYY-MM-DD…" sorts like time), so a 5,000-run
 * history is not Date.parse'd run by run: only the few near the window are parsed.
 */
function clearlyOutside(s: unknown, lo: string, hi: string): boolean {
  if (typeof s !== 'string' || s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  return s < lo || s >= hi;
}

export function recentTraining(
  history: readonly unknown[],
  family: SportFamily,
  referenceMs: number | null,
  ownId: string | null,
): Recent {
  let longestM = 0;
  let count = 0;
  const speeds: number[] = [];
  // Dates beyond ±8.64e15 ms cannot be printed; such a reference gets no pre-filter.
  const bounds = referenceMs === null || Math.abs(referenceMs) > 8.6e15 ? null : dayBounds(referenceMs);
  for (let i = 0; i < history.length; i++) {
    const h = history[i] as Record<string, unknown> | null;
    if (typeof h !== 'object' || h === null) continue;
    if (ownId !== null && h.id === ownId) continue;
    if (sportFamily(h.sport) !== family) continue;
    const d = h.distanceM;
    if (typeof d !== 'number' || !(d > 0) || d > 1_500_000) continue;
    if (referenceMs !== null) {
      if (bounds !== null && clearlyOutside(h.startTime, bounds.lo, bounds.hi)) continue;
      const start = parseTimeMs(h.startTime);
      if (start === null || start >= referenceMs || start < referenceMs - WINDOW_MS) continue;
    }
    count++;
    if (d > longestM) longestM = d;
    const t = typeof h.movingS === 'number' && h.movingS > 0 ? h.movingS : h.elapsedS;
    if (typeof t === 'number' && t > 0 && d / t < 30) speeds.push(d / t);
  }
  return { count, longestM, medianSpeedMs: speeds.length >= 2 ? median(speeds) : null, windowed: referenceMs !== null };
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
