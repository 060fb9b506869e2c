/**
 * The Garmin Connect site adapter. The page is an app shell: its numbers come from its own
 * activity JSON, so `load` (async, same-origin fetch) is the real reader; the synchronous
 * `extract` only says so, because the rendered DOM has hashed class names and no fixture of it
 * exists to test label reading against.
 */
import type { ExtractResult, LoadingSiteAdapter } from '../types';
import { miss, newDraft, unread } from '../shared/draft';
import { type FetchFn, loadGarminActivity } from './load';
import { garminMountPoint, garminStatsRoot } from './mount';
import { garminActivityId } from './url';

function extractGarmin(_doc: Document, _url: URL): ExtractResult {
  const draft = newDraft();
  miss(draft, 'movingS', 'Garmin Connect shows its stats from its own data; they are read by loading it (load), not from the page');
  return { layout: 'none', activity: draft.activity, unread: unread(draft, [], ''), rejected: [] };
}

/** Never throws; an URL that is not an activity gives layout 'none'. */
async function loadGarmin(doc: Document, url: URL, fetchFn: FetchFn): Promise<ExtractResult> {
  const id = garminActivityId(url);
  return id === null ? extractGarmin(doc, url) : loadGarminActivity(doc, url, id, fetchFn);
}

export const garminLoader = { load: loadGarmin };

export const garminAdapter: LoadingSiteAdapter = {
  id: 'garmin',
  matches: ['https://connect.garmin.com/*', 'https://connect.garmin.cn/*'],
  activityId: garminActivityId,
  extract: extractGarmin,
  load: loadGarmin,
  mountPoint: garminMountPoint,
  statsRoot: garminStatsRoot,
};
