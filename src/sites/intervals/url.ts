/**
 * Which URLs show a single intervals.icu activity (checked by tests/sites/intervals/url.test.ts).
 * Ids are "i" + digits for activities uploaded to intervals.icu, and plain digits for ones synced
 * from Strava (intervals.icu keeps the Strava id):
 *   https://intervals.icu/activities/i12345678             → "i12345678"
 *   https://intervals.icu/activities/i12345678/intervals   → "i12345678" (a tab of it)
 *   https://intervals.icu/activities/9876543210            → "9876543210"
 *   https://intervals.icu/activities, /calendar, /activities/abc → null
 */
import { trimTrailingSlashes } from '../shared/url-path';
const ACTIVITY_PATH = /^\/activities\/(i?\d{1,20})(?:\/.*)?$/;

export function intervalsActivityId(url: URL): string | null {
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== 'intervals.icu') return null;
  return ACTIVITY_PATH.exec(trimTrailingSlashes(url.pathname))?.[1] ?? null;
}
