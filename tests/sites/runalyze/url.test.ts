import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/sites/registry';
import { runalyzeAdapter } from '../../../src/sites/runalyze/index';
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

describe('runalyzeAdapter.activityId', () => {
  it.each(CASES)('%s → %s', (url, id) => {
    expect(runalyzeAdapter.activityId(new URL(url))).toBe(id);
  });

  it('the export links of the activity fixture (its golden file) are downloads, not activity pages', () => {
    for (const link of golden<string[]>('activity-135061341.golden.json')) {
      expect(runalyzeAdapter.activityId(new URL(link, 'https://runalyze.com/activity/135061341'))).toBeNull();
    }
  });

  it('the registry sends Runalyze activity pages to the Runalyze adapter', () => {
    expect(adapterFor(new URL('https://runalyze.com/activity/9'))).toEqual({ adapter: runalyzeAdapter, activityId: '9' });
  });
});
