/**
 * Garmin Connect's page half captures the activity the way Garmin's own web app loads it:
 * same-origin GETs of its JSON, with the page's session cookie and its CSRF token. Assumptions
 * (from public clients of the web app, not from Garmin documentation): the app calls
 * `/gc-api/<service>/…` and sends the token from `<meta name="csrf-token" content="…">` in a
 * `connect-csrf-token` header; older builds served the same services without the `/gc-api`
 * prefix, so that is tried second. Nothing is parsed here beyond `response.json()`: the capture
 * is `{ activity, weather, problem?, weatherProblem? }` for the background (from-json.ts).
 * Never rejects: every failure becomes a `problem`.
 */
import type { FetchFn } from '../types';

/** Service prefixes tried in order; the first answering 2xx wins. */
export const GARMIN_API_PREFIXES = ['/gc-api', ''] as const;

export interface GarminCapture {
  activity: unknown;
  weather: unknown;
  /** Why the activity JSON is missing, when it is. */
  problem?: string;
  weatherProblem?: string;
}

type JsonReply = { ok: true; json: unknown } | { ok: false; problem: string };

export function garminCsrfToken(doc: Document): string | null {
  const token = doc.querySelector('meta[name="csrf-token"]')?.getAttribute('content')?.trim() ?? '';
  return token.length > 0 && token.length < 500 ? token : null;
}

const why = (error: unknown) => (error instanceof Error ? error.message.slice(0, 60) : 'network error');

async function getJson(fetchFn: FetchFn, origin: string, path: string, token: string | null): Promise<JsonReply> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token !== null) headers['connect-csrf-token'] = token;
  let problem = 'no answer';
  for (const prefix of GARMIN_API_PREFIXES) {
    try {
      const response = await fetchFn(`${origin}${prefix}${path}`, { method: 'GET', credentials: 'same-origin', headers });
      if (response.ok) return await response.json().then((json: unknown) => ({ ok: true as const, json }), () => ({ ok: false as const, problem: 'Garmin answered with something that is not JSON' }));
      problem = `Garmin answered HTTP ${response.status}`;
    } catch (error) {
      problem = `could not load (${why(error)})`;
    }
  }
  return { ok: false, problem };
}

/** The activity and its weather for `activityId` on the page at `url`'s origin. */
export async function captureGarmin(doc: Document, url: URL, activityId: string, fetchFn: FetchFn): Promise<GarminCapture> {
  try {
    const token = garminCsrfToken(doc);
    const base = `/activity-service/activity/${encodeURIComponent(activityId)}`;
    const [activity, weather] = await Promise.all([getJson(fetchFn, url.origin, base, token), getJson(fetchFn, url.origin, `${base}/weather`, token)]);
    const capture: GarminCapture = { activity: activity.ok ? activity.json : null, weather: weather.ok ? weather.json : null };
    if (!activity.ok) capture.problem = `the Garmin activity data could not be loaded: ${activity.problem}${token === null ? ' (no CSRF token on the page)' : ''}`;
    if (!weather.ok) capture.weatherProblem = `the Garmin weather data could not be loaded: ${weather.problem}`;
    return capture;
  } catch (error) {
    return { activity: null, weather: null, problem: `the Garmin activity data could not be read (${why(error)})` };
  }
}
