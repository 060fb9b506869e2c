/**
 * Which URLs show a single Runalyze activity (checked by tests/sites/runalyze/url.test.ts). The
 * fixtures show activities at `/activity/<id>` and tools of one under it (`/activity/<id>/
 * export/file/gpx`, `/activity/<id>/elevation-info`, `/activity/<id>/vo2max-info`), which are
 * downloads or panels loaded into the page, not the page itself:
 *   https://runalyze.com/activity/135061341            → "135061341"
 *   https://runalyze.com/activity/135061341/?x=1#map   → "135061341"
 *   https://www.runalyze.com/activity/135061341        → "135061341"
 *   https://runalyze.com/activity/135061341/export/file/gpx, …/elevation-info → null
 *   https://runalyze.com/databrowser/2025-05-26/2025-06-01, /dashboard → null (no single activity
 *     in the URL; see interpret.ts and rows.ts for which row such a page is read from when asked)
 */
import { trimTrailingSlashes } from '../shared/url-path';
const HOSTS = new Set(['runalyze.com', 'www.runalyze.com']);
const ACTIVITY_PATH = /^\/activity\/(\d{1,20})$/;

export function runalyzeActivityId(url: URL): string | null {
  if (url.protocol !== 'https:') return null;
  if (!HOSTS.has(url.hostname.toLowerCase())) return null;
  return ACTIVITY_PATH.exec(trimTrailingSlashes(url.pathname))?.[1] ?? null;
}
