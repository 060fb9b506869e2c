/**
 * Strava route pages and their own GPX export, for the race page's course (the runner's click in
 * the panel). Which URLs show one route (kept beside the rule; tests/sites/strava/route.test.ts
 * checks every one):
 *   https://www.strava.com/routes/16341573                  → "16341573"
 *   https://www.strava.com/routes/3379104463896442748/      → "3379104463896442748" (newer, longer ids)
 *   https://strava.com/routes/16341573?foo=1#map            → "16341573"
 *   https://www.strava.com/routes/new                       → null (the route builder)
 *   https://www.strava.com/routes/16341573/edit             → null (a form)
 *   https://www.strava.com/routes/16341573/export_gpx       → null (the file itself)
 *   https://www.strava.com/athletes/505408/routes           → null (a list)
 *   https://www.strava.com.evil.example/routes/1            → null (other host)
 */
import { MAX_ROUTE_GPX_CHARS } from '../../core/limits';
import type { CourseFetch, FetchFn } from '../types';
import { trimTrailingSlashes } from '../shared/url-path';

export function stravaRouteId(url: URL): string | null {
  if (!/^https?:$/.test(url.protocol) || !/^(www\.)?strava\.com$/i.test(url.hostname)) return null;
  return /^\/routes\/(\d{1,24})$/.exec(trimTrailingSlashes(url.pathname))?.[1] ?? null;
}

/** The route's own GPX export, on the page's origin: the runner's session cookies go with it, nothing else does. */
export const stravaRouteGpxUrl = (origin: string, routeId: string) => `${origin}/routes/${routeId}/export_gpx`;

/**
 * Fetches the route's GPX as text, unparsed: the extension page parses it (src/race/gpx.ts), so no
 * XML parser sits in the content script. Signed out, Strava answers with its login page (HTML).
 * Never rejects.
 */
export async function loadStravaRouteGpx(url: URL, fetchFn: FetchFn): Promise<CourseFetch> {
  const routeId = stravaRouteId(url);
  if (routeId === null) return { ok: false, problem: 'unavailable' };
  try {
    const response = await fetchFn(stravaRouteGpxUrl(url.origin, routeId), { credentials: 'same-origin', headers: { Accept: 'application/gpx+xml, application/xml, text/xml' } });
    if (response.status === 401 || response.status === 403) return { ok: false, problem: 'signed-out' };
    if (!response.ok) return { ok: false, problem: 'unavailable' };
    const text = await response.text();
    if (text.length > MAX_ROUTE_GPX_CHARS) return { ok: false, problem: 'too-big' };
    // Strava's login page, not a file: the runner is signed out (or the route is private to someone else).
    if (/text\/html/i.test(response.headers.get('content-type') ?? '') || /<html[\s>]/i.test(text.slice(0, 4096))) return { ok: false, problem: 'signed-out' };
    return { ok: true, routeId, gpx: text };
  } catch {
    return { ok: false, problem: 'unavailable' };
  }
}
