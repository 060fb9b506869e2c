/**
 * What the Strava content script needs: which page shows an activity, where the panel goes, and
 * the page's text (reading.ts). It imports none of the parsing, which the background does
 * (interpretStrava), so the content script stays within its size budget.
 */
import type { PageAdapter } from '../types';
import { stravaMountPoint, stravaStatsRoot } from './mount';
import { stravaOwnLog } from './own-log';
import { collectStrava } from './reading';
import { stravaActivityId } from './url';

export const stravaPage: PageAdapter = {
  id: 'strava',
  activityId: stravaActivityId,
  collect: collectStrava,
  mountPoint: stravaMountPoint,
  statsRoot: stravaStatsRoot,
  ownLog: stravaOwnLog,
};
