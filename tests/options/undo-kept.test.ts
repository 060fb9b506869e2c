import { describe, expect, it } from 'vitest';
import { describeKept } from '../../src/options/undo-kept';

describe('describeKept', () => {
  it('names profile fields and counts settings, activities and other values', () => {
    const kept = [['profile', 'bodyMassKg'], ['settings', 'sites', 'strava'], ['history', 'strava:1', 'distanceM'], ['history', 'strava:1', 'cramp'], ['history', 'strava:2'], ['manual:strava:3']];
    expect(describeKept(kept)).toEqual(['Body mass', 'settings', '2 activities', '1 other value']);
  });

  it('says nothing when nothing was kept', () => {
    expect(describeKept([])).toEqual([]);
  });
});
