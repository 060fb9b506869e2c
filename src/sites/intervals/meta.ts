import type { SiteMeta } from '../types';

/** intervals.icu: optional; host access asked for when the runner switches it on. */
export const intervalsMeta: SiteMeta = {
  id: 'intervals',
  label: 'Intervals.icu',
  matches: ['https://intervals.icu/*'],
  origins: ['https://intervals.icu/*'],
  builtIn: false,
  exampleUrls: [
    { url: 'https://intervals.icu/activities/i12345678', activityId: 'i12345678' },
    { url: 'https://intervals.icu/activities/9876543210/intervals', activityId: '9876543210' },
    { url: 'https://intervals.icu/calendar', activityId: null },
  ],
};
