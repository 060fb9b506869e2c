import { parseTimeMs } from './inputs';

/** One usable past session, reduced to what the 30-day comparisons need. */
export interface IndexedSession {
  startMs: number;
  sport: unknown;
  id: unknown;
  distanceM: number;
  /** Average speed, m/s, or null when no usable duration was recorded. */
  speedMs: number | null;
}

interface HistoryIndex {
  /** The history's length when indexed: a changed length means the array was edited, so re-index. */
  length: number;
  /** Dated sessions with a plausible distance, sorted by start. */
  sessions: IndexedSession[];
}

/**
 * The same history array is passed for every activity a runner views (it comes from storage), so
 * it is indexed once — sorted by start time — and each analysis then finds its 30-day window by
 * binary search instead of scanning 5,000 sessions. Keyed by the array itself (WeakMap), so an
 * index lives exactly as long as its history; nothing global outlives a caller's data.
 */
const cache = new WeakMap<readonly unknown[], HistoryIndex>();

export function indexHistory(history: readonly unknown[]): IndexedSession[] {
  const cached = cache.get(history);
  if (cached && cached.length === history.length) return cached.sessions;
  const sessions: IndexedSession[] = [];
  for (const item of history) {
    const session = toSession(item);
    if (session && session.startMs !== null) sessions.push(session as IndexedSession);
  }
  sessions.sort((a, b) => a.startMs - b.startMs);
  cache.set(history, { length: history.length, sessions });
  return sessions;
}

/** A past activity with a plausible distance, or null; `startMs` null when it has no usable date. */
export function toSession(item: unknown): (Omit<IndexedSession, 'startMs'> & { startMs: number | null }) | null {
  if (typeof item !== 'object' || item === null) return null;
  const h = item as Record<string, unknown>;
  const d = h.distanceM;
  if (typeof d !== 'number' || !(d > 0) || d > 1_500_000) return null;
  const t = typeof h.movingS === 'number' && h.movingS > 0 ? h.movingS : h.elapsedS;
  const speed = typeof t === 'number' && t > 0 ? d / t : null;
  return { startMs: parseTimeMs(h.startTime), sport: h.sport, id: h.id, distanceM: d, speedMs: speed !== null && speed < 30 ? speed : null };
}

/** Index of the first session starting at or after `ms`. */
export function firstAtOrAfter(sessions: readonly IndexedSession[], ms: number): number {
  let lo = 0;
  let hi = sessions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sessions[mid] as IndexedSession).startMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
