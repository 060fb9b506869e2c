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
import { trimTrailingSlashes } from '../shared/url-path';
export function stravaActivityId(url: URL): string | null {
  if (!/^https?:$/.test(url.protocol) || !/^(www\.)?strava\.com$/i.test(url.hostname)) return null;
  const [, id, subPage = ''] = /^\/activities\/(\d{1,20})(?:\/([^/]*))?(\/.*)?$/.exec(trimTrailingSlashes(url.pathname)) ?? [];
  // Sub-pages that are forms or actions, not a view of the activity.
  return id && !/^(edit|flags|route|delete)$/i.test(subPage) ? id : null;
}
