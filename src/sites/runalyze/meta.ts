import type { SiteMeta } from '../types';

/** Runalyze: optional; host access asked for when the runner switches it on. */
export const runalyzeMeta: SiteMeta = {
  id: 'runalyze',
  label: 'Runalyze',
  matches: ['https://runalyze.com/*', 'https://www.runalyze.com/*'],
  origins: ['https://runalyze.com/*', 'https://www.runalyze.com/*'],
  builtIn: false,
  exampleUrls: [
    { url: 'https://runalyze.com/activity/135061341', activityId: '135061341' },
    { url: 'https://www.runalyze.com/activity/135061341', activityId: '135061341' },
    { url: 'https://runalyze.com/activity/135061341/export/file/gpx', activityId: null },
    { url: 'https://runalyze.com/databrowser/2025-05-26/2025-06-01', activityId: null },
  ],
};
