import { describe, expect, it } from 'vitest';
import { describeImport } from '../../src/options/import-changes';
import { DEFAULT_SETTINGS } from '../../src/platform/settings';

const t = (date: string) => ({ date, preKg: 70, postKg: 69, drankL: 0, durationH: 1 });

describe('describeImport', () => {
  it('shows profile changes in the units on screen, and removed tests', () => {
    const lines = describeImport(
      { profile: { units: 'imperial', bodyMassKg: 70, saltySweater: true }, other: {}, skipped: [] },
      { profile: { units: 'imperial', heightCm: 180, sweatTests: [t('2026-01-01')] }, settings: DEFAULT_SETTINGS, stored: {} },
    );
    expect(lines).toEqual(['Body mass not set → 154 lb', 'Height 71 in → not set', 'Salty sweater not set → yes', '1 weigh-in test removed']);
  });

  it('lists replaced entries and says nothing for what is identical', () => {
    const stored = { 'manual:strava:1': { movingS: 60 }, 'manual:strava:2': { movingS: 60 }, lastAnalysis: { a: 1 } };
    const lines = describeImport(
      { settings: DEFAULT_SETTINGS, other: { 'manual:strava:1': { movingS: 60 }, 'manual:strava:2': { movingS: 90 }, lastAnalysis: { a: 2 } }, skipped: [] },
      { profile: { units: 'metric' }, settings: DEFAULT_SETTINGS, stored },
    );
    expect(lines).toEqual(['1 manual entry replaced', 'Last analysis replaced']);
  });

  it('says how many activities an imported history holds', () => {
    const history = { version: 1, data: [{ source: 'strava', id: '1', sport: 'run', movingS: 60 }, { source: 'strava', id: '2', sport: 'run', movingS: 90 }] };
    const lines = describeImport({ other: { history }, skipped: [] }, { profile: { units: 'metric' }, settings: DEFAULT_SETTINGS, stored: {} });
    expect(lines).toEqual(['Activity history replaced: 2 activities']);
  });
});
