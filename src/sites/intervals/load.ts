/**
 * Loads an intervals.icu activity as its web app does: a same-origin GET of `/api/activity/<id>`
 * with the session cookie (assumption, from public clients of the web app's endpoints: the
 * documented `/api/v1/…` API wants an API key instead; no CSRF header is needed for a GET).
 * Never throws: every failure becomes an `unread` reason.
 */
import { miss, newDraft, unread } from '../shared/draft';
import type { ExtractResult } from '../types';
import type { FetchFn } from '../garmin/load';
import { intervalsActivityFromJson } from './from-json';

export async function loadIntervalsActivity(url: URL, activityId: string, fetchFn: FetchFn): Promise<ExtractResult> {
  let problem: string;
  try {
    const response = await fetchFn(`${url.origin}/api/activity/${encodeURIComponent(activityId)}`, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (response.ok) {
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        return failed('intervals.icu answered with something that is not JSON');
      }
      return intervalsActivityFromJson(json);
    }
    problem = `intervals.icu answered HTTP ${response.status}`;
  } catch (error) {
    problem = `could not load (${error instanceof Error ? error.message.slice(0, 60) : 'network error'})`;
  }
  return failed(`the intervals.icu activity data could not be loaded: ${problem}`);
}

function failed(reason: string): ExtractResult {
  const draft = newDraft();
  miss(draft, 'movingS', reason);
  return { layout: 'none', activity: draft.activity, unread: unread(draft, [], reason), rejected: [] };
}
