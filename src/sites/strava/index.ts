/** The Strava site adapter: pure functions of the document and URL, no globals. */
import type { SiteAdapter } from '../types';
import { extractStrava } from './extract';
import { stravaMountPoint, stravaStatsRoot } from './mount';
import { stravaActivityId } from './url';

export const stravaAdapter: SiteAdapter = {
  id: 'strava',
  matches: ['https://www.strava.com/activities/*'],
  activityId: stravaActivityId,
  extract: extractStrava,
  mountPoint: stravaMountPoint,
  statsRoot: stravaStatsRoot,
};
