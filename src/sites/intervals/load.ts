/**
 * intervals.icu's page half captures the activity as its web app loads it: a same-origin GET of
 * `/api/activity/<id>` with the session cookie (assumption, from public clients of the web app's
 * endpoints: the documented `/api/v1/…` API wants an API key instead; no CSRF header is needed for a
 * GET). The capture is `{ activity, problem? }` for the background (from-json.ts). Never rejects.
 */
import type { FetchFn } from '../types';

export interface IntervalsCapture {
  activity: unknown;
  problem?: string;
}

export async function captureIntervals(url: URL, activityId: string, fetchFn: FetchFn): Promise<IntervalsCapture> {
  let problem: string;
  try {
    const response = await fetchFn(`${url.origin}/api/activity/${encodeURIComponent(activityId)}`, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (response.ok) {
      try {
        return { activity: await response.json() };
      } catch {
        return { activity: null, problem: 'intervals.icu answered with something that is not JSON' };
      }
    }
    problem = `intervals.icu answered HTTP ${response.status}`;
  } catch (error) {
    problem = `could not load (${error instanceof Error ? error.message.slice(0, 60) : 'network error'})`;
  }
  return { activity: null, problem: `the intervals.icu activity data could not be loaded: ${problem}` };
}
