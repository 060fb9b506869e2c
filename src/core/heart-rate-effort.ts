import { acsmRunningVo2, vo2ToWatts } from './metabolic';
import { perHistory } from './per-history';

/**
 * Heart rate as effort. Best: the runner's own relation between heart rate and the oxygen cost of
 * their pace on flat runs (ACSM running equation), a straight line fitted to their history, used
 * where pace alone says little (hills, trails, walk-run, no distance). Otherwise Keytel et al. 2005
 * (J Sports Sci 23:289), whose individual error is large: the estimate's range is widened.
 */
export interface HeartRateLine {
  /** VO₂ (mL/kg/min) = interceptVo2 + slopeVo2PerBpm · HR. */
  interceptVo2: number;
  slopeVo2PerBpm: number;
  fromBpm: number;
  toBpm: number;
}

/** Flat: under 1 % average grade. A line needs 3 runs spanning 10 bpm, at running speed. */
const FLAT_GRADE = 0.01;
const MIN_RUNS = 3;
const MIN_SPREAD_BPM = 10;
const RUN_MIN_MS = 134 / 60;
/** The line is trusted up to 15 bpm beyond the runner's own range, not further. */
const EXTRAPOLATE_BPM = 15;
/** Keytel's age term needs an age; the profile has none, so a typical adult runner's is used. */
const ASSUMED_AGE_Y = 35;

type Bag = Record<string, unknown>;
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** The runner's own heart-rate line from flat runs in the history, or null when it cannot be drawn (drawn once per history array). */
export const heartRateLine = perHistory(drawHeartRateLine);

function drawHeartRateLine(history: readonly unknown[]): HeartRateLine | null {
  const points: { hr: number; vo2: number }[] = [];
  for (const item of history) {
    if (typeof item !== 'object' || item === null) continue;
    const h = item as Bag;
    const hr = num(h.avgHeartRate);
    const d = num(h.distanceM);
    const t = num(h.movingS);
    if (h.sport !== 'run' || hr === null || d === null || t === null || !(d > 0) || !(t > 0)) continue;
    const speed = d / t;
    if (speed < RUN_MIN_MS || speed > 7 || (num(h.elevationGainM) ?? 0) / d > FLAT_GRADE) continue;
    points.push({ hr, vo2: acsmRunningVo2(speed * 60, 0) });
  }
  if (points.length < MIN_RUNS) return null;
  const hrs = points.map((p) => p.hr);
  const fromBpm = Math.min(...hrs);
  const toBpm = Math.max(...hrs);
  if (toBpm - fromBpm < MIN_SPREAD_BPM) return null;
  const mh = hrs.reduce((s, x) => s + x, 0) / points.length;
  const mv = points.reduce((s, p) => s + p.vo2, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.hr - mh) * (p.vo2 - mv);
    sxx += (p.hr - mh) ** 2;
  }
  const slope = sxy / sxx;
  // A line where effort falls as heart rate rises is noise, not a runner.
  if (!(slope > 0)) return null;
  return { interceptVo2: mv - slope * mh, slopeVo2PerBpm: slope, fromBpm, toBpm };
}

/** Metabolic W from the runner's own line, or null when today's heart rate lies too far outside it. */
export function ownHeartRateWatts(line: HeartRateLine, hr: number, massKg: number): number | null {
  if (hr < line.fromBpm - EXTRAPOLATE_BPM || hr > line.toBpm + EXTRAPOLATE_BPM) return null;
  const vo2 = line.interceptVo2 + line.slopeVo2PerBpm * hr;
  return vo2 > 3.5 ? vo2ToWatts(vo2, massKg) : null;
}

/** Keytel 2005, kJ/min → W: steady exercise, by sex; null below a resting-level result. */
export function keytelWatts(hr: number, massKg: number, female: boolean): number | null {
  const kjPerMin = female
    ? -20.4022 + 0.4472 * hr - 0.1263 * massKg + 0.074 * ASSUMED_AGE_Y
    : -55.0969 + 0.6309 * hr + 0.1988 * massKg + 0.2017 * ASSUMED_AGE_Y;
  const w = (kjPerMin * 1000) / 60;
  return w > 1.5 * vo2ToWatts(3.5, massKg) ? w : null;
}
