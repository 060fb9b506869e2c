import { parseTimeMs } from './inputs';

export type SportFamily = 'run' | 'foot' | 'ride' | 'other';

export function familyOf(sport: unknown): SportFamily {
  if (sport === 'run' || sport === 'trail_run') return 'run';
  if (sport === 'walk' || sport === 'hike') return 'foot';
  if (sport === 'ride') return 'ride';
  return 'other';
}

/** A past activity reduced to what the 30-day comparisons need. */
export interface Session {
  startMs: number | null;
  family: SportFamily;
  id: unknown;
  distanceM: number;
  /** Average speed, m/s, or NaN when no usable duration was recorded. */
  speedMs: number;
}

/** A past activity with a plausible distance, or null; `startMs` null when it has no usable date. */
export function toSession(item: unknown): Session | null {
  if (typeof item !== 'object' || item === null) return null;
  const h = item as Record<string, unknown>;
  const d = h.distanceM;
  if (typeof d !== 'number' || !(d > 0) || d > 1_500_000) return null;
  const t = typeof h.movingS === 'number' && h.movingS > 0 ? h.movingS : h.elapsedS;
  const speed = typeof t === 'number' && t > 0 ? d / t : Number.NaN;
  return { startMs: parseTimeMs(h.startTime), family: familyOf(h.sport), id: h.id, distanceM: d, speedMs: speed < 30 ? speed : Number.NaN };
}

/** One family's dated sessions, sorted by start, as parallel columns (no objects to chase). */
interface Column {
  startMs: Float64Array;
  distanceM: Float64Array;
  speedMs: Float64Array;
  id: unknown[];
}

interface HistoryIndex {
  /** The history's length when indexed: a changed length means the array was edited, so re-index. */
  length: number;
  byFamily: Map<SportFamily, Column>;
}

/**
 * The same history array is passed for every activity a runner views (it comes from storage), so
 * it is indexed once — per sport family, sorted by start — and each analysis finds its 30-day
 * window by binary search instead of scanning 5,000 sessions. Keyed by the array itself
 * (WeakMap), so an index lives exactly as long as its history.
 */
const cache = new WeakMap<readonly unknown[], HistoryIndex>();

function indexOf(history: readonly unknown[]): HistoryIndex {
  const cached = cache.get(history);
  if (cached && cached.length === history.length) return cached;
  const groups = new Map<SportFamily, Session[]>();
  for (const item of history) {
    const s = toSession(item);
    if (s === null || s.startMs === null) continue;
    const group = groups.get(s.family) ?? [];
    group.push(s);
    groups.set(s.family, group);
  }
  const byFamily = new Map<SportFamily, Column>();
  for (const [family, group] of groups) {
    group.sort((a, b) => (a.startMs as number) - (b.startMs as number));
    byFamily.set(family, {
      startMs: Float64Array.from(group, (s) => s.startMs as number),
      distanceM: Float64Array.from(group, (s) => s.distanceM),
      speedMs: Float64Array.from(group, (s) => s.speedMs),
      id: group.map((s) => s.id),
    });
  }
  const index = { length: history.length, byFamily };
  cache.set(history, index);
  return index;
}

function firstAtOrAfter(starts: Float64Array, ms: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Scratch space for the window's speeds, reused across calls (single-threaded, never returned). */
let scratch = new Float64Array(256);

export interface WindowStats {
  count: number;
  longestM: number;
  /** The window's speeds, sorted; valid until the next call. */
  sortedSpeedsMs: Float64Array;
}

/** Sessions of `family` starting in [fromMs, toMs), leaving out the one with id `ownId`. */
export function windowStats(history: readonly unknown[], family: SportFamily, fromMs: number, toMs: number, ownId: string | null): WindowStats {
  const column = indexOf(history).byFamily.get(family);
  let count = 0;
  let longestM = 0;
  let speeds = 0;
  if (column) {
    const end = firstAtOrAfter(column.startMs, toMs);
    const start = firstAtOrAfter(column.startMs, fromMs);
    if (scratch.length < end - start) scratch = new Float64Array(end - start);
    for (let i = start; i < end; i++) {
      if (ownId !== null && column.id[i] === ownId) continue;
      count++;
      const d = column.distanceM[i] as number;
      if (d > longestM) longestM = d;
      const v = column.speedMs[i] as number;
      if (!Number.isNaN(v)) scratch[speeds++] = v;
    }
  }
  return { count, longestM, sortedSpeedsMs: scratch.subarray(0, speeds).sort() };
}
