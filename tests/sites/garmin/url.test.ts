import { describe, expect, it } from 'vitest';
import { garminPage } from '../../../src/sites/garmin/page';
import { SITES } from '../../../src/sites/index';

/** The examples beside the detector in src/sites/garmin/url.ts, and more. */
const CASES: [string, string | null][] = [
  ['https://connect.garmin.com/modern/activity/21482825013', '21482825013'],
  ['https://connect.garmin.com/modern/activity/21482825013/', '21482825013'],
  ['https://connect.garmin.com/modern/activity/21482825013?share=1#map', '21482825013'],
  ['https://connect.garmin.com/modern/activity/21482825013/splits', '21482825013'],
  ['https://connect.garmin.com/app/activity/21482825013', '21482825013'],
  ['https://CONNECT.GARMIN.COM/modern/activity/7', '7'],
  ['https://connect.garmin.cn/modern/activity/1', '1'],
  ['https://connect.garmin.com/modern/activity/1/edit', null],
  ['https://connect.garmin.com/modern/activities', null],
  ['https://connect.garmin.com/modern/activity/abc', null],
  ['https://connect.garmin.com/modern/', null],
  ['https://connect.garmin.com/modern/course/1', null],
  ['http://connect.garmin.com/modern/activity/1', null],
  ['https://connect.garmin.com.evil.example/modern/activity/1', null],
  ['https://evil.example/connect.garmin.com/modern/activity/1', null],
  ['https://www.strava.com/activities/1', null],
];

describe('garminPage.activityId', () => {
  it.each(CASES)('%s → %s', (url, id) => {
    expect(garminPage.activityId(new URL(url))).toBe(id);
  });

  it('the registry sends Garmin activity pages to the Garmin adapter', () => {
    expect(SITES.filter((s) => s.page.activityId(new URL('https://connect.garmin.com/modern/activity/5')) !== null).map((s) => [s.meta.id, s.page.activityId(new URL('https://connect.garmin.com/modern/activity/5'))])).toEqual([['garmin', '5']]);
  });
});
