import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/core/plausibility';
import { interpretStrava } from '../../../src/sites/strava/interpret';
import { collectStrava } from '../../../src/sites/strava/reading';
import { READ_NOW } from '../read-site';
import { activityUrl, loadPage } from './load-fixture';

describe('page copy → background interpretation', () => {
  it('the copy is plain data that survives the message channel unchanged', () => {
    const reading = collectStrava(loadPage('classic-ride-weather-3842740325.html'));
    expect(JSON.parse(JSON.stringify(reading))).toEqual(reading);
    expect(reading).toMatchObject({ layout: 'classic', language: expect.any(String) });
    expect(reading.cells.some((c) => c.from === 'weather' && c.label === 'Temperature' && c.value === '30 ℃')).toBe(true);
    expect(interpretStrava(JSON.parse(JSON.stringify(reading)), activityUrl(), READ_NOW).activity).toMatchObject({ distanceM: 56_170, temperatureC: 30, humidityPct: 37 });
  });

  it('a copy sent by anything else never throws and never yields out-of-range values', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = interpretStrava(raw, activityUrl(), READ_NOW);
        for (const [field, value] of Object.entries(result.activity)) {
          const limit = LIMITS[field as keyof typeof LIMITS];
          if (limit && typeof value === 'number') expect(value >= limit.min && value <= limit.max).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a forged copy with impossible numbers is rejected, not used', () => {
    const result = interpretStrava({
      layout: 'classic',
      language: 'en',
      title: 'x | Run | Strava',
      cells: [
        { hook: 'definition-distance', label: 'Distance', value: '300 km', unitTitle: 'kilometers', from: 'device' },
        { hook: 'definition-moving-time', label: 'Moving Time', value: '10:00', unitTitle: '', from: 'device' },
        { hook: '', label: 'Temperature', value: '80 ℃', unitTitle: 'Degrees Celsius', from: 'device' },
      ],
    }, activityUrl(), READ_NOW);
    expect(result.activity.distanceM).toBeUndefined();
    expect(result.activity.temperatureC).toBeUndefined();
    expect(result.rejected.map((r) => r.field).sort()).toEqual(['distanceM', 'temperatureC']);
  });
});
