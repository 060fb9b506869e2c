import { describe, expect, it } from 'vitest';
import { SITES } from '../../../src/sites/index';
import { runalyzePage } from '../../../src/sites/runalyze/page';
import { golden } from './fixtures';

/** The examples beside the detector in src/sites/runalyze/url.ts, and more. */
const CASES: [string, string | null][] = [
  ['https://runalyze.com/activity/135061341', '135061341'],
  ['https://runalyze.com/activity/135061341/', '135061341'],
  ['https://runalyze.com/activity/135061341?x=1#map', '135061341'],
  ['https://www.runalyze.com/activity/135061341', '135061341'],
  ['https://RUNALYZE.com/activity/7', '7'],
  ['https://runalyze.com/activity/135061341/export/file/gpx', null],
  ['https://runalyze.com/activity/135061341/elevation-info', null],
  ['https://runalyze.com/activity/135061341/vo2max-info', null],
  ['https://runalyze.com/activity/abc', null],
  ['https://runalyze.com/activity/', null],
  ['https://runalyze.com/databrowser/2025-05-26/2025-06-01', null],
  ['https://runalyze.com/databrowser?start=1747612800&end=1748217599', null],
  ['https://runalyze.com/dashboard', null],
  ['https://runalyze.com/health/note/2025-05-26', null],
  ['http://runalyze.com/activity/1', null],
  ['https://runalyze.com.evil.example/activity/1', null],
  ['https://evil.example/runalyze.com/activity/1', null],
];

describe('runalyzePage.activityId', () => {
  it.each(CASES)('%s → %s', (url, id) => {
    expect(runalyzePage.activityId(new URL(url))).toBe(id);
  });

  it('the export links of the activity fixture (its golden file) are downloads, not activity pages', () => {
    for (const link of golden<string[]>('activity-135061341.golden.json')) {
      expect(runalyzePage.activityId(new URL(link, 'https://runalyze.com/activity/135061341'))).toBeNull();
    }
  });

  it('the registry sends Runalyze activity pages to the Runalyze adapter', () => {
    expect(SITES.filter((s) => s.page.activityId(new URL('https://runalyze.com/activity/9')) !== null).map((s) => [s.meta.id, s.page.activityId(new URL('https://runalyze.com/activity/9'))])).toEqual([['runalyze', '9']]);
  });
});
