import { describe, expect, it } from 'vitest';
import { describeImport } from '../../src/options/import-changes';
import { DEFAULT_SETTINGS } from '../../src/platform/settings';

const NOW = new Date('2026-11-01T07:00:00Z');
const empty = { history: [], historyInvalid: 0, manual: {}, discarded: [] };
const t = (date: string) => ({ date, preKg: 70, postKg: 69, drankL: 0, durationH: 1 });

describe('describeImport', () => {
  it('shows profile changes in the units on screen, and removed tests', () => {
    const lines = describeImport(
      { ...empty, profile: { units: 'imperial', bodyMassKg: 70, saltySweater: true } },
      { profile: { units: 'imperial', heightCm: 180, sweatTests: [t('2026-01-01')] }, settings: DEFAULT_SETTINGS, stored: {}, now: NOW },
    );
    expect(lines).toEqual(['Body mass not set → 154 lb', 'Height 71 in → not set', 'Salty sweater not set → yes', '1 weigh-in test removed']);
  });

  it('names the races an import adds and the ones it replaces by name; an identical race is not listed', () => {
    const race = (name: string, goalTimeS = 12_600) => ({ name, course: { distanceM: 42_195, points: [] }, date: '2026-09-27', time: '09:15', goalTimeS, sport: 'run' as const, stations: [] });
    const stored = { races: { version: 1, data: [race('Berlin'), race('Paris')] } };
    const lines = describeImport({ ...empty, races: [race('Berlin', 11_000), race('Paris'), race('Tokyo')] }, { profile: { units: 'metric' }, settings: DEFAULT_SETTINGS, stored, now: NOW });
    expect(lines).toEqual(['Races added: Tokyo', 'Races replaced (same name): Berlin']);
  });

  it('lists replaced entries and says nothing for what is identical', () => {
    const stored = { 'manual:strava:1': { movingS: 60 }, 'manual:strava:2': { movingS: 60 }, lastAnalysis: { a: 1 } };
    const lines = describeImport(
      { ...empty, settings: DEFAULT_SETTINGS, manual: { 'manual:strava:1': { movingS: 60 }, 'manual:strava:2': { movingS: 90 } }, lastAnalysis: { a: 2 } as never },
      { profile: { units: 'metric' }, settings: DEFAULT_SETTINGS, stored, now: NOW },
    );
    expect(lines).toEqual(['1 manual entry replaced', 'Last analysis replaced']);
  });

  it('counts exactly what the history merge does: added, updated, cramp logs kept, outside the limits', () => {
    const run = (id: string, extra = {}) => ({ source: 'strava', id, sport: 'run' as const, movingS: 60, startTime: '2026-10-01T08:00', ...extra });
    const stored = { history: { version: 1, data: [run('1', { cramp: { cramped: true } }), run('2'), run('3')] } };
    const plan = { ...empty, history: [run('1', { movingS: 90 }), run('2'), run('4'), run('5'), run('old', { startTime: '2020-01-01' })], historyInvalid: 2 };
    const lines = describeImport(plan, { profile: { units: 'metric' }, settings: DEFAULT_SETTINGS, stored, now: NOW });
    expect(lines).toEqual([
      '2 activities added to your history',
      '1 stored activity updated from the file',
      '1 cramp log you gave is kept (the file has none for that activity)',
      '1 activity not imported: older than two years, or beyond the 5000-activity limit',
      "2 activities in the file couldn't be read and are not imported",
    ]);
  });

  it('names each opt-in and the panel state a file switches: it never says the file matches', () => {
    const plan = { ...empty, settings: { ...DEFAULT_SETTINGS, weatherLookup: true, importTrainingLog: true, panelCollapsed: true } };
    expect(describeImport(plan, { profile: { units: 'metric' }, settings: DEFAULT_SETTINGS, stored: {}, now: NOW })).toEqual([
      'Weather lookup off → on',
      "Reading Strava's training log off → on",
      'Panel collapsed no → yes',
    ]);
    const off = { ...empty, settings: { ...DEFAULT_SETTINGS, weatherLookup: false } };
    expect(describeImport(off, { profile: { units: 'metric' }, settings: { ...DEFAULT_SETTINGS, weatherLookup: true }, stored: {}, now: NOW })).toEqual(['Weather lookup on → off']);
  });

  it('shows each cramp log and intake the file replaces, with the activity and what changes', () => {
    const run = (id: string, extra = {}) => ({ source: 'strava', id, sport: 'run' as const, movingS: 3600, distanceM: 12_000, startTime: '2026-10-01T08:00', ...extra });
    const stored = {
      history: {
        version: 1,
        data: [
          run('1', { title: 'Long run', cramp: { cramped: true, atMin: 35, muscles: ['calves'] } }),
          run('2', { startTime: '2026-10-05T08:00', cramp: { cramped: true } }),
          run('3', { startTime: '2026-10-07T08:00', distanceM: undefined, intake: { fluidMl: 500 } }),
          run('4', { cramp: { cramped: false } }),
        ],
      },
    };
    const plan = {
      ...empty,
      history: [
        run('1', { title: 'Long run', cramp: { cramped: true, atMin: 42, muscles: ['hamstrings'] } }),
        run('2', { startTime: '2026-10-05T08:00', cramp: { cramped: false } }),
        run('3', { startTime: '2026-10-07T08:00', distanceM: undefined, intake: { fluidMl: 750 } }),
        run('4'),
        run('5', { startTime: '2026-10-09T08:00', cramp: { cramped: true, atMin: 20 } }),
      ],
    };
    const lines = describeImport(plan, { profile: { units: 'metric' }, settings: DEFAULT_SETTINGS, stored, now: NOW });
    expect(lines).toEqual([
      '1 activity added to your history',
      '3 stored activities updated from the file',
      '1 cramp log you gave is kept (the file has none for that activity)',
      'Cramp log of the activity of Oct 1, 2026, “Long run”, 12 km: at 35 min → at 42 min; calves → hamstrings',
      'Cramp log of the activity of Oct 5, 2026, 12 km: cramp → no cramp',
      'What you took on the activity of Oct 7, 2026 replaced by the file\'s',
    ]);
  });

  it('says what is discarded, and why', () => {
    const plan = { ...empty, discarded: [{ key: 'backup:profile:2026-01-01T00:00:00.000Z', reason: 'kept-aside' as const }, { key: 'weatherCache', reason: 'cache' as const }, { key: 'manual:strava:9', reason: 'invalid' as const }, { key: 'surprise', reason: 'unknown' as const }] };
    expect(describeImport(plan, { profile: { units: 'metric' }, settings: DEFAULT_SETTINGS, stored: {}, now: NOW })).toEqual([
      "Not imported (copies of data that couldn't be read are never imported): backup:profile:2026-01-01T00:00:00.000Z",
      'Not imported (looked up again when needed): weatherCache',
      'Not imported (not valid): manual:strava:9',
      'Not imported (unknown to this version): surprise',
    ]);
  });
});
