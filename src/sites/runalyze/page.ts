/** Runalyze's page half: the activity URL, where the panel goes, and the data browser's text to capture. */
import type { PageHalf } from '../types';
import { captureRunalyze } from './capture';
import { runalyzeMeta } from './meta';
import { runalyzeMountPoint, runalyzeStatsRoot } from './mount';
import { runalyzeActivityId } from './url';

export const runalyzePage: PageHalf = {
  meta: runalyzeMeta,
  activityId: runalyzeActivityId,
  mountPoint: runalyzeMountPoint,
  statsRoot: runalyzeStatsRoot,
  capture: (doc) => captureRunalyze(doc),
};
