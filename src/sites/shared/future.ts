/**
 * Start times more than a day after now are refused by every reader: a page saying
 * "January 5, 2099" is a misread or a trap, and a future date must never reach the history. A start
 * is the local wall clock (core/start-time.ts), which runs at most 14 h ahead of UTC: a recorded
 * activity's wall clock is never more than 14 h after `now`, so a day's margin refuses no real one.
 */
import type { ActivityDraft } from '../../core/activity';
import { startsTooFarAhead } from '../../core/start-time';
import type { FieldProblem } from '../types';

/** Why `startTime` is too far in the future, or null. Unreadable times are not this check's business. */
export function futureStartReason(startTime: string, now: Date): string | null {
  return startsTooFarAhead(startTime, now.getTime()) ? `start time ${startTime.slice(0, 40)} is more than a day in the future` : null;
}

/** Takes a future start time out of `activity` into `rejected`. Returns the reading for chaining. */
export function refuseFutureStart<T extends { activity: ActivityDraft; rejected: FieldProblem[] }>(reading: T, now: Date): T {
  const start = reading.activity.startTime;
  const reason = start === undefined ? null : futureStartReason(start, now);
  if (reason !== null) {
    delete reading.activity.startTime;
    reading.rejected.push({ field: 'startTime', reason });
  }
  return reading;
}
