/**
 * The intervals.icu site adapter. The page is a single-page app drawing charts from its own JSON,
 * so `load` (async, same-origin fetch) is the reader; `extract` only says so (no fixture of the
 * rendered page exists to test label reading against).
 */
import { miss, newDraft, unread } from '../shared/draft';
import type { FetchFn } from '../garmin/load';
import type { ExtractResult, LoadingSiteAdapter, MountPoint } from '../types';
import { loadIntervalsActivity } from './load';
import { intervalsActivityId } from './url';

function extractIntervals(_doc: Document, _url: URL): ExtractResult {
  const draft = newDraft();
  miss(draft, 'movingS', 'intervals.icu shows its stats from its own data; they are read by loading it (load), not from the page');
  return { layout: 'none', activity: draft.activity, unread: unread(draft, [], ''), rejected: [] };
}

async function loadIntervals(doc: Document, url: URL, fetchFn: FetchFn): Promise<ExtractResult> {
  const id = intervalsActivityId(url);
  return id === null ? extractIntervals(doc, url) : loadIntervalsActivity(url, id, fetchFn);
}

/** A Vue/Vuetify app: its main content area (`main`, `.v-main`), else `#app`, else the body. */
function container(doc: Document): Element | null {
  return doc.querySelector('main') ?? doc.querySelector('.v-main') ?? doc.querySelector('#app') ?? doc.body;
}

export const intervalsLoader = { load: loadIntervals };

export const intervalsAdapter: LoadingSiteAdapter = {
  id: 'intervals',
  matches: ['https://intervals.icu/*'],
  activityId: intervalsActivityId,
  extract: extractIntervals,
  load: loadIntervals,
  mountPoint: (doc: Document): MountPoint | null => {
    const parent = container(doc);
    return parent ? { parent, before: parent.firstChild } : null;
  },
  statsRoot: container,
};
