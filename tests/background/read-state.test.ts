import { describe, expect, it } from 'vitest';
import { mergeManual, missingFields, readState, toActivity } from '../../src/background/read-state';

describe('readState', () => {
  it.each([
    [{ movingS: 3600, distanceM: 10_000, temperatureC: 20 }, 'ready'],
    [{ movingS: 3600, distanceM: 10_000 }, 'partial'],
    [{ temperatureC: 20 }, 'partial'],
    [{ elevationGainM: 100 }, 'unreadable'],
    [{}, 'unreadable'],
  ] as const)('%j → %s', (draft, state) => {
    expect(readState(draft)).toBe(state);
  });
});

describe('mergeManual', () => {
  it('lets the runner fill a gap and marks the temperature as typed in', () => {
    expect(mergeManual({ movingS: 1800 }, undefined, { temperatureC: 25 })).toEqual({
      movingS: 1800,
      temperatureC: 25,
      temperatureSource: 'manual',
    });
  });

  it('keeps the page temperature source when nothing was typed', () => {
    expect(mergeManual({ temperatureC: 30 }, 'weather', {})).toEqual({ temperatureC: 30, temperatureSource: 'weather' });
  });
});

describe('toActivity', () => {
  it('needs a duration', () => {
    expect(toActivity({ distanceM: 5000 }, 'strava', '1')).toBeNull();
  });

  it('falls back to elapsed time and an unknown sport', () => {
    expect(toActivity({ elapsedS: 900 }, 'strava', '1')).toEqual({ elapsedS: 900, movingS: 900, sport: 'other', source: 'strava', id: '1' });
  });
});

describe('missingFields with looked-up weather (issue 14)', () => {
  it('a lookup makes the page ready, and the runner can still replace its temperature and humidity', () => {
    const looked = mergeManual({ movingS: 3600, distanceM: 10_000, temperatureC: 11.5, temperatureHighC: 12, humidityPct: 63 }, 'lookup', {});
    expect(readState(looked)).toBe('ready');
    expect(looked.temperatureSource).toBe('lookup');
    expect(missingFields(looked)).toEqual(['temperatureC', 'humidityPct']);
    // What the runner typed wins, and is then theirs: nothing more is offered.
    const typed = mergeManual({ movingS: 3600, distanceM: 10_000 }, undefined, { temperatureC: 14 });
    expect(typed.temperatureSource).toBe('manual');
    expect(missingFields({ ...typed, humidityPct: 50 })).toEqual([]);
    expect(missingFields(mergeManual({ movingS: 3600, distanceM: 10_000, temperatureC: 20 }, 'device', {}))).toEqual([]);
  });
});
