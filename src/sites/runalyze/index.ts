/** The Runalyze site adapter: pure functions of the document and URL, no globals. */
import type { SiteAdapter } from '../types';
import { extractRunalyze } from './extract';
import { runalyzeMountPoint, runalyzeStatsRoot } from './mount';
import { runalyzeActivityId } from './url';

export const runalyzeAdapter: SiteAdapter = {
  id: 'runalyze',
  matches: ['https://runalyze.com/*', 'https://www.runalyze.com/*'],
  activityId: runalyzeActivityId,
  extract: extractRunalyze,
  mountPoint: runalyzeMountPoint,
  statsRoot: runalyzeStatsRoot,
};
