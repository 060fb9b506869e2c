import type { SiteMeta } from '../types';

/** Strava: granted at install; its content script is declared in the manifest. */
export const stravaMeta: SiteMeta = {
  id: 'strava',
  label: 'Strava',
  // Route pages too: the panel there offers the route as a race course (route.ts).
  matches: ['https://www.strava.com/activities/*', 'https://www.strava.com/routes/*'],
  origins: ['https://www.strava.com/*'],
  builtIn: true,
  // The full table (sub-pages, forms, other hosts) is in url.ts and tests/sites/strava/url.test.ts.
  exampleUrls: [
    { url: 'https://www.strava.com/activities/2173828434', activityId: '2173828434' },
    { url: 'https://www.strava.com/activities/13464556946/overview', activityId: '13464556946' },
    { url: 'https://www.strava.com/activities/2173828434/edit', activityId: null },
    { url: 'https://www.strava.com/dashboard', activityId: null },
    { url: 'https://www.strava.com/routes/16341573', activityId: null },
  ],
};
