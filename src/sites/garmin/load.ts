/**
 * Loads a Garmin Connect activity the way Garmin's own web app does: same-origin GETs of its
 * JSON, with the page's session cookie and its CSRF token. Assumptions (from public clients of
 * the web app, not from Garmin documentation): the app calls `/gc-api/<service>/…` and sends the
 * token from `<meta name="csrf-token" content="…">` in a `connect-csrf-token` header; older
 * builds served the same services without the `/gc-api` prefix, so that is tried second.
 * Never throws: every failure becomes an `unread` reason.
 */
import { miss, newDraft, unread } from '../shared/draft';
import type { ExtractResult } from '../types';
import { garminActivityFromJson } from './from-json';

/** The subset of `fetch` used here, so tests can pass a fake. */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/** Service prefixes tried in order; the first answering 2xx wins. */
export const GARMIN_API_PREFIXES = ['/gc-api', ''] as const;

type JsonReply = { ok: true; json: unknown } | { ok: false; problem: string };

export function garminCsrfToken(doc: Document): string | null {
  const token = doc.querySelector('meta[name="csrf-token"]')?.getAttribute('content')?.trim() ?? '';
  return token.length > 0 && token.length < 500 ? token : null;
}

async function getJson(fetchFn: FetchFn, origin: string, path: string, token: string | null): Promise<JsonReply> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token !== null) headers['connect-csrf-token'] = token;
  let problem = 'no answer';
  for (const prefix of GARMIN_API_PREFIXES) {
    try {
      const response = await fetchFn(`${origin}${prefix}${path}`, { method: 'GET', credentials: 'same-origin', headers });
      if (response.ok) return await jsonOf(response);
      problem = `Garmin answered HTTP ${response.status}`;
    } catch (error) {
      problem = `could not load (${error instanceof Error ? error.message.slice(0, 60) : 'network error'})`;
    }
  }
  return { ok: false, problem };
}

async function jsonOf(response: Response): Promise<JsonReply> {
  try {
    return { ok: true, json: await response.json() };
  } catch {
    return { ok: false, problem: 'Garmin answered with something that is not JSON' };
  }
}

/** The activity and its weather for `activityId` on the page at `url`'s origin. */
export async function loadGarminActivity(doc: Document, url: URL, activityId: string, fetchFn: FetchFn): Promise<ExtractResult> {
  try {
    const token = garminCsrfToken(doc);
    const base = `/activity-service/activity/${encodeURIComponent(activityId)}`;
    const [activity, weather] = await Promise.all([getJson(fetchFn, url.origin, base, token), getJson(fetchFn, url.origin, `${base}/weather`, token)]);
    if (!activity.ok) return failed(`the Garmin activity data could not be loaded: ${activity.problem}${token === null ? ' (no CSRF token on the page)' : ''}`);
    return weather.ok
      ? garminActivityFromJson(activity.json, weather.json)
      : garminActivityFromJson(activity.json, undefined, `the Garmin weather data could not be loaded: ${weather.problem}`);
  } catch (error) {
    return failed(`the Garmin activity data could not be read (${error instanceof Error ? error.message.slice(0, 60) : 'error'})`);
  }
}

function failed(reason: string): ExtractResult {
  const draft = newDraft();
  miss(draft, 'movingS', reason);
  return { layout: 'none', activity: draft.activity, unread: unread(draft, [], reason), rejected: [] };
}
