import { type Activity, ActivitySchema } from '../core/activity';
import { DAY_MS, MAX_FUTURE_MS, startsTooFarAhead, wallClockMs } from '../core/start-time';
import { z } from '../core/zod';

/** At most this many activities are kept; beyond it the oldest go first (never one with a cramp log). */
export const MAX_HISTORY = 5_000;
/** Nothing that started longer ago than this (from now) is kept, unless it carries a cramp log. */
export const MAX_HISTORY_AGE_MS = 2 * 365.25 * DAY_MS;
export { MAX_FUTURE_MS };

/**
 * When an activity started, its wall clock read as UTC (core/start-time.ts; Q's decision), or null
 * when it carries no readable start time. Compared with `now` the error is at most 14 h, which the
 * one-day tolerance and the two-year retention absorb.
 */
export const startMs = (activity: Pick<Activity, 'startTime'>): number | null => wallClockMs(activity.startTime);

/**
 * One stored activity as the store accepts it at `nowMs`: the activity schema, and a start time
 * no more than a day ahead. A future date must never become "the newest activity" that history
 * windows or retention are measured from.
 */
export const storedActivitySchema = (nowMs: number) =>
  ActivitySchema.check(
    z.refine((a) => !startsTooFarAhead(a.startTime, nowMs), { message: 'starts more than a day in the future', path: ['startTime'] }),
  );

/** A cramp log or a logged intake is the runner's own record. */
const logged = (a: Activity) => a.cramp !== undefined || a.intake !== undefined;

/**
 * Sorts oldest first (undated before dated) and applies the bounds, measured from `now`: older
 * than two years goes, then the oldest go while more than MAX_HISTORY remain. An activity with a
 * cramp log is the runner's own record and is never dropped by either bound. `capped` counts
 * what the count cap dropped, so the options page can say so.
 */
export function boundHistory(history: readonly Activity[], now: Date): { history: Activity[]; capped: number } {
  const oldest = now.getTime() - MAX_HISTORY_AGE_MS;
  const sorted = history
    .map((activity, index) => ({ activity, index, ms: startMs(activity) ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => a.ms - b.ms || a.index - b.index)
    // Undated activities cannot be aged out; they count as the oldest when the cap applies.
    .filter(({ activity, ms }) => logged(activity) || ms === Number.NEGATIVE_INFINITY || ms >= oldest)
    .map(({ activity }) => activity);
  let excess = sorted.length - MAX_HISTORY;
  if (excess <= 0) return { history: sorted, capped: 0 };
  const kept = sorted.filter((activity) => {
    if (excess <= 0 || logged(activity)) return true;
    excess--;
    return false;
  });
  return { history: kept, capped: sorted.length - kept.length };
}
