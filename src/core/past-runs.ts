import { ACTIVITY_LIMITS } from './limits';
import { DAY_MS, localDate, wallClockMs } from './start-time';

/**
 * The stored history as the comparisons read it: each past activity reduced to what a 30-day
 * window or the cramp log needs. Stored entries are read defensively (storage can be corrupted).
 * Each history array is read once (start times parsed, dated sessions sorted by start) and a
 * window is cut out by binary search: re-reading 5,000 activities in every analysis put the
 * popup's 8-week view (hundreds of analyses) far over its budget (measured, README "Budgets").
 * Each family's sessions are split off once, so a window is an index range into them: the usual
 * pace (usual-pace.ts) keeps per-session values by that index.
 */
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
  isRace: boolean;
}

/** A past activity with a plausible distance, or null; `startMs` null when it has no usable date. */
export function toSession(item: unknown): Session | null {
  if (typeof item !== 'object' || item === null) return null;
  const h = item as Record<string, unknown>;
  const d = h.distanceM;
  if (typeof d !== 'number' || !(d > 0) || d > ACTIVITY_LIMITS.distanceM.max) return null;
  const t = typeof h.movingS === 'number' && h.movingS > 0 ? h.movingS : h.elapsedS;
  const speed = typeof t === 'number' && t > 0 ? d / t : Number.NaN;
  return { startMs: wallClockMs(h.startTime), family: familyOf(h.sport), id: h.id, distanceM: d, speedMs: speed < 30 ? speed : Number.NaN, isRace: h.isRace === true };
}

/** The comparisons look at the 30 days before the analyzed activity's start. */
export const WINDOW_MS = 30 * DAY_MS;

/** A dated session (sorted among its family's by start). */
export type DatedSession = Session & { startMs: number };

/**
 * The sessions of `family` in the 30 days before `referenceMs` (oldest first) are
 * `sessions[from..to)`; the analyzed activity's own id is for the caller to leave out. Without a
 * reference time, every session of the family, undated ones first. With one, `sessions` is the
 * family's dated sessions (`dated` true), so an index names the same session for every window of
 * one history: the 8-week view asks for hundreds of windows and builds no list for any.
 */
export function sessionWindow(
  history: readonly unknown[],
  family: SportFamily,
  referenceMs: number | null,
): { sessions: readonly Session[]; from: number; to: number; dated: boolean } {
  const { undated, dated } = familySplit(read(history), family);
  if (referenceMs === null) return { sessions: [...undated, ...dated], from: 0, to: undated.length + dated.length, dated: false };
  return { sessions: dated, from: firstStartingAt(dated, referenceMs - WINDOW_MS), to: firstStartingAt(dated, referenceMs), dated: true };
}

/** A past activity the runner logged cramps (or no cramps) for: what the own-pattern finding compares. */
export interface CrampLogEntry {
  startMs: number | null;
  id: unknown;
  cramped: boolean;
  /** Moving (else elapsed) time, s; NaN when unknown. */
  durationS: number;
  /** °C; NaN when unknown. */
  temperatureC: number;
  isRace: boolean;
  /** Minutes in when the first cramp came; NaN when not given. */
  atMin: number;
  muscles: readonly string[];
  /** The start's calendar date as written (YYYY-MM-DD), '' when undated. */
  date: string;
}

const within = (x: unknown, range: { min: number; max: number }): number => (typeof x === 'number' && x >= range.min && x <= range.max ? x : Number.NaN);

/** The runner's cramp log on a past activity, or null when it has none (or an unreadable one). */
export function toCrampLog(item: unknown): (CrampLogEntry & { family: SportFamily }) | null {
  if (typeof item !== 'object' || item === null) return null;
  const h = item as Record<string, unknown>;
  const log = h.cramp as Record<string, unknown> | null | undefined;
  if (typeof log !== 'object' || log === null || typeof log.cramped !== 'boolean') return null;
  const moving = within(h.movingS, ACTIVITY_LIMITS.movingS);
  return {
    family: familyOf(h.sport),
    startMs: wallClockMs(h.startTime),
    id: h.id,
    cramped: log.cramped,
    durationS: Number.isNaN(moving) ? within(h.elapsedS, ACTIVITY_LIMITS.elapsedS) : moving,
    temperatureC: within(h.temperatureC, ACTIVITY_LIMITS.temperatureC),
    isRace: h.isRace === true,
    atMin: typeof log.atMin === 'number' && log.atMin >= 0 && Number.isFinite(log.atMin) ? log.atMin : Number.NaN,
    muscles: Array.isArray(log.muscles) ? log.muscles.filter((x): x is string => typeof x === 'string') : [],
    date: localDate(h.startTime) ?? '',
  };
}

/**
 * The cramp logs of `family` that count for an activity starting at `beforeMs`, cramped and not:
 * dated ones strictly before it, oldest first (without a reference time, every log, undated ones
 * first), leaving out the one with id `ownId`.
 */
export function crampLogs(history: readonly unknown[], family: SportFamily, beforeMs: number | null, ownId: string | null): { cramps: CrampLogEntry[]; fine: CrampLogEntry[] } {
  const found: CrampLogEntry[] = [];
  // Already sorted: undated first, then by start (read).
  for (const log of read(history).logs) {
    if (log.family !== family || (ownId !== null && log.id === ownId)) continue;
    if (beforeMs !== null && (log.startMs === null || log.startMs >= beforeMs)) continue;
    found.push(log);
  }
  return { cramps: found.filter((l) => l.cramped), fine: found.filter((l) => !l.cramped) };
}

interface Read {
  /** The history's length when read: a different length means the array was edited. */
  length: number;
  /** Dated sessions, sorted by start. */
  dated: DatedSession[];
  undated: Session[];
  logs: (CrampLogEntry & { family: SportFamily })[];
  /** Each family's share of `dated` and `undated`, in the same order, split off when first asked for. */
  families: Map<SportFamily, { dated: DatedSession[]; undated: Session[] }>;
}

function familySplit(reading: Read, family: SportFamily): { dated: DatedSession[]; undated: Session[] } {
  let split = reading.families.get(family);
  if (split === undefined) {
    split = { dated: reading.dated.filter((s) => s.family === family), undated: reading.undated.filter((s) => s.family === family) };
    reading.families.set(family, split);
  }
  return split;
}

/**
 * Every stored activity read once per history array (the same array serves every analysis of one
 * message, and the hundreds of the 8-week view). Keyed by the array itself, so a reading lives
 * exactly as long as its history.
 */
const readings = new WeakMap<readonly unknown[], Read>();

function read(history: readonly unknown[]): Read {
  const cached = readings.get(history);
  if (cached && cached.length === history.length) return cached;
  const reading: Read = { length: history.length, dated: [], undated: [], logs: [], families: new Map() };
  for (const item of history) {
    const session = toSession(item);
    if (session !== null) {
      if (session.startMs === null) reading.undated.push(session);
      else reading.dated.push(session as DatedSession);
    }
    const log = toCrampLog(item);
    if (log !== null) reading.logs.push(log);
  }
  reading.dated.sort((a, b) => a.startMs - b.startMs);
  // Undated first (they only count without a reference time), then by start.
  reading.logs.sort((a, b) => (a.startMs ?? Number.NEGATIVE_INFINITY) - (b.startMs ?? Number.NEGATIVE_INFINITY));
  readings.set(history, reading);
  return reading;
}

/** The index of the first session starting at or after `ms` (binary search over sorted starts). */
function firstStartingAt(sessions: readonly { startMs: number }[], ms: number): number {
  let lo = 0;
  let hi = sessions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sessions[mid] as { startMs: number }).startMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
