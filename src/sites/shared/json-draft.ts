/**
 * Reading numbers out of a site's own activity JSON (Garmin, intervals.icu) into a Draft.
 * The JSON is data from JSON.parse, never evaluated; only finite numbers and short strings are
 * taken, and every value still passes the shared plausibility limits via `offer`.
 * (Lives here until src/sites/shared is open for edits again; intervals imports it too.)
 */
import { implausibleSpeedReason, type LimitedField } from '../../core/plausibility';
import { type Draft, miss, offer, reject } from '../shared/draft';
import { celsiusFromFahrenheit } from '../../core/units';

export type JsonObject = Record<string, unknown>;

/** The value as a plain object, or null (arrays and null are not objects here). */
export function objectOf(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

/** A short string, or undefined. */
export function stringAt(obj: JsonObject | null, key: string): string | undefined {
  const value = obj?.[key];
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
}

/**
 * Offer `obj[key]` (converted by `toSI`) for `field`. A missing or null key is a miss with a
 * reason naming the key; a non-number is a miss too. Returns true when the value was taken.
 */
export function offerNumber(
  draft: Draft,
  field: LimitedField,
  obj: JsonObject | null,
  key: string,
  toSI: (value: number) => number = (v) => v,
  where = 'the activity data',
): boolean {
  const value = obj?.[key];
  if (value === undefined || value === null) {
    miss(draft, field, `${where} has no ${key}`);
    return false;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    miss(draft, field, `${key} in ${where} is not a number`);
    return false;
  }
  return offer(draft, field, toSI(value));
}

export const wholeSeconds = (seconds: number) => Math.round(seconds);
export const centimetres = (metres: number) => Math.round(metres * 100) / 100;
export const fahrenheitToCelsius = (f: number) => Math.round(celsiusFromFahrenheit(f) * 10) / 10;
export const tenths = (value: number) => Math.round(value * 10) / 10;

/** Elapsed never shorter than moving; distance over moving time possible for the sport. */
export function crossCheckTimes(draft: Draft): void {
  const { distanceM, movingS, elapsedS, sport } = draft.activity;
  if (elapsedS !== undefined && movingS !== undefined && elapsedS < movingS) reject(draft, 'elapsedS', 'elapsed time is shorter than moving time');
  if (distanceM === undefined || movingS === undefined) return;
  const tooFast = implausibleSpeedReason(sport ?? 'other', distanceM, movingS);
  if (tooFast !== null) reject(draft, 'distanceM', tooFast);
}
