/** intervals.icu's page half: the activity URL, where the panel goes, and the same-origin JSON to capture (load.ts). */
import type { MountPoint, PageHalf } from '../types';
import { captureIntervals } from './load';
import { intervalsMeta } from './meta';
import { loadIntervalsStartPoint } from './start-point';
import { intervalsActivityId } from './url';

/** A Vue/Vuetify app: its main content area (`main`, `.v-main`), else `#app`, else the body. */
function container(doc: Document): Element | null {
  return doc.querySelector('main') ?? doc.querySelector('.v-main') ?? doc.querySelector('#app') ?? doc.body;
}

export const intervalsPage: PageHalf = {
  meta: intervalsMeta,
  activityId: intervalsActivityId,
  mountPoint: (doc: Document): MountPoint | null => {
    const parent = container(doc);
    return parent ? { parent, before: parent.firstChild } : null;
  },
  capture: async (_doc, url, fetchFn) => {
    const id = intervalsActivityId(url);
    return id === null ? { activity: null, problem: 'not an activity page' } : captureIntervals(url, id, fetchFn);
  },
  // The activity JSON has no coordinates; the map data the web app loads beside it has (start-point.ts).
  startPoint: async (_doc, url, fetchFn) => {
    const id = intervalsActivityId(url);
    return id === null ? null : loadIntervalsStartPoint(url.origin, id, fetchFn);
  },
};
