import type { SiteMeta } from '../types';

/** Garmin Connect: optional; host access asked for when the runner switches it on. */
export const garminMeta: SiteMeta = {
  id: 'garmin',
  label: 'Garmin Connect',
  matches: ['https://connect.garmin.com/*', 'https://connect.garmin.cn/*'],
  origins: ['https://connect.garmin.com/*', 'https://connect.garmin.cn/*'],
  builtIn: false,
  exampleUrls: [
    { url: 'https://connect.garmin.com/modern/activity/21482825013', activityId: '21482825013' },
    { url: 'https://connect.garmin.com/app/activity/21482825013', activityId: '21482825013' },
    { url: 'https://connect.garmin.cn/modern/activity/1', activityId: '1' },
    { url: 'https://connect.garmin.com/modern/activities', activityId: null },
  ],
};
