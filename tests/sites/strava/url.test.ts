import { describe, expect, it } from 'vitest';
import { stravaPage } from '../../../src/sites/strava/page';

/** The examples listed beside the detector in src/sites/strava/url.ts, and more. */
const CASES: [string, string | null][] = [
  ['https://www.strava.com/activities/2173828434', '2173828434'],
  ['https://www.strava.com/activities/2173828434/', '2173828434'],
  ['https://www.strava.com/activities/2173828434/overview', '2173828434'],
  ['https://www.strava.com/activities/2173828434/analysis', '2173828434'],
  ['https://www.strava.com/activities/2173828434/segments/54847253495', '2173828434'],
  ['https://www.strava.com/activities/2173828434/laps?x=1#top', '2173828434'],
  ['https://www.strava.com/activities/2173828434/heartrate', '2173828434'],
  ['https://www.strava.com/activities/2173828434/power-curve', '2173828434'],
  ['https://www.strava.com/activities/2173828434#comments', '2173828434'],
  ['https://www.strava.com/activities/2173828434?share_sig=abc', '2173828434'],
  ['https://strava.com/activities/197593017', '197593017'],
  ['https://WWW.STRAVA.COM/activities/197593017', '197593017'],
  ['https://www.strava.com/activities', null],
  ['https://www.strava.com/activities/', null],
  ['https://www.strava.com/activities/new', null],
  ['https://www.strava.com/activities/abc', null],
  ['https://www.strava.com/activities/2173828434/edit', null],
  ['https://www.strava.com/activities/2173828434/flags/new', null],
  ['https://www.strava.com/athletes/505408', null],
  ['https://www.strava.com/athletes/505408/activities/1', null],
  ['https://www.strava.com/dashboard', null],
  ['https://www.strava.com/segments/6037701', null],
  ['https://www.strava.com.evil.example/activities/1', null],
  ['https://evil.example/www.strava.com/activities/1', null],
  ['https://connect.garmin.com/modern/activity/1', null],
  ['file:///activities/1', null],
];

describe('stravaPage.activityId', () => {
  it.each(CASES)('%s → %s', (url, id) => {
    expect(stravaPage.activityId(new URL(url))).toBe(id);
  });
});
