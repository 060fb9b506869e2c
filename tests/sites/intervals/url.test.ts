import { describe, expect, it } from 'vitest';
import { intervalsPage } from '../../../src/sites/intervals/page';
import { SITES } from '../../../src/sites/index';

/** The examples beside the detector in src/sites/intervals/url.ts, and more. */
const CASES: [string, string | null][] = [
  ['https://intervals.icu/activities/i12345678', 'i12345678'],
  ['https://intervals.icu/activities/i12345678/', 'i12345678'],
  ['https://intervals.icu/activities/i12345678/intervals', 'i12345678'],
  ['https://intervals.icu/activities/i12345678/data?x=1#hr', 'i12345678'],
  ['https://intervals.icu/activities/9876543210', '9876543210'],
  ['https://INTERVALS.ICU/activities/i1', 'i1'],
  ['https://intervals.icu/activities', null],
  ['https://intervals.icu/activities/abc', null],
  ['https://intervals.icu/activities/ii1', null],
  ['https://intervals.icu/calendar', null],
  ['https://intervals.icu/athlete/i1/activities', null],
  ['http://intervals.icu/activities/i1', null],
  ['https://intervals.icu.evil.example/activities/i1', null],
  ['https://evil.example/intervals.icu/activities/i1', null],
];

describe('intervalsPage.activityId', () => {
  it.each(CASES)('%s → %s', (url, id) => {
    expect(intervalsPage.activityId(new URL(url))).toBe(id);
  });

  it('the registry sends intervals.icu activity pages to the intervals adapter', () => {
    expect(SITES.filter((s) => s.page.activityId(new URL('https://intervals.icu/activities/i9')) !== null).map((s) => [s.meta.id, s.page.activityId(new URL('https://intervals.icu/activities/i9'))])).toEqual([['intervals', 'i9']]);
  });
});
