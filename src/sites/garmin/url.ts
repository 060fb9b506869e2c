/**
 * Which URLs show a single Garmin Connect activity (checked by tests/sites/garmin/url.test.ts):
 *   https://connect.garmin.com/modern/activity/21482825013            → "21482825013"
 *   https://connect.garmin.com/modern/activity/21482825013/splits     → "21482825013" (a tab of it)
 *   https://connect.garmin.com/app/activity/21482825013               → "21482825013" (newer shell)
 *   https://connect.garmin.cn/modern/activity/1                       → "1" (China site, same app)
 *   https://connect.garmin.com/modern/activities, /modern/activity/abc → null
 *   https://connect.garmin.com/modern/activity/1/edit                 → null (assumed form)
 */
import { trimTrailingSlashes } from '../shared/url-path';
const HOSTS = new Set(['connect.garmin.com', 'connect.garmin.cn']);
const ACTIVITY_PATH = /^\/(?:modern|app)\/activity\/(\d{1,20})(?:\/([^/]*))?(?:\/.*)?$/;

export function garminActivityId(url: URL): string | null {
  if (url.protocol !== 'https:') return null;
  if (!HOSTS.has(url.hostname.toLowerCase())) return null;
  const match = ACTIVITY_PATH.exec(trimTrailingSlashes(url.pathname));
  if (!match || (match[2] ?? '').toLowerCase() === 'edit') return null;
  return match[1] ?? null;
}
