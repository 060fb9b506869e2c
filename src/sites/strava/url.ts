/**
 * Which URLs show a single Strava activity. Examples (kept beside the rule on purpose; the
 * table in tests/sites/strava/url.test.ts checks every one):
 *   https://www.strava.com/activities/2173828434                     → "2173828434"
 *   https://www.strava.com/activities/2173828434/overview            → "2173828434"
 *   https://www.strava.com/activities/2173828434/analysis            → "2173828434"
 *   https://www.strava.com/activities/2173828434/segments/54847253495 → "2173828434"
 *   https://www.strava.com/activities/2173828434/laps?x=1#top        → "2173828434"
 *   https://www.strava.com/activities/2173828434/heartrate           → "2173828434"
 *   https://strava.com/activities/2173828434                         → "2173828434"
 *   https://www.strava.com/activities                                → null (the list)
 *   https://www.strava.com/activities/new                            → null (manual upload form)
 *   https://www.strava.com/activities/2173828434/edit                → null (a form, no stats)
 *   https://www.strava.com/athletes/505408, /dashboard               → null
 *   https://www.strava.com.evil.example/activities/1                 → null (other host)
 */
const HOSTS = new Set(['www.strava.com', 'strava.com']);
const ACTIVITY_PATH = /^\/activities\/(\d{1,20})(?:\/([^/]*))?(?:\/.*)?$/;
/** Sub-pages that are forms or actions, not a view of the activity. */
const NOT_A_VIEW = new Set(['edit', 'flags', 'route', 'delete']);

export function stravaActivityId(url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!HOSTS.has(url.hostname.toLowerCase())) return null;
  const match = ACTIVITY_PATH.exec(url.pathname.replace(/\/+$/, ''));
  if (!match) return null;
  const subPage = (match[2] ?? '').toLowerCase();
  if (NOT_A_VIEW.has(subPage)) return null;
  return match[1] ?? null;
}
