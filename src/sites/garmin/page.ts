/** Garmin Connect's page half: the activity URL, where the panel goes, and the same-origin JSON to capture (load.ts). */
import type { PageHalf } from '../types';
import { captureGarmin } from './load';
import { garminMeta } from './meta';
import { garminMountPoint, garminStatsRoot } from './mount';
import { garminActivityId } from './url';

export const garminPage: PageHalf = {
  meta: garminMeta,
  activityId: garminActivityId,
  mountPoint: garminMountPoint,
  statsRoot: garminStatsRoot,
  capture: async (doc, url, fetchFn) => {
    const id = garminActivityId(url);
    return id === null ? { activity: null, weather: null, problem: 'not an activity page' } : captureGarmin(doc, url, id, fetchFn);
  },
};
