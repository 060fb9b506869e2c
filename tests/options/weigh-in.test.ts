import { describe, expect, it } from 'vitest';
import { sweatRateFromWeighIn } from '../../src/core/index';
import { blankWeighIn, parseWeighIn } from '../../src/options/weigh-in';

describe('weigh-in test', () => {
  it('computes sweat rate as (pre − post + drank − urine) / hours, and the body-mass loss', () => {
    const result = sweatRateFromWeighIn({ preKg: 70, postKg: 68.6, drankL: 0.5, urineL: 0.1, durationH: 1.5 });
    expect(result.sweatRateLph).toBeCloseTo(1.2, 10);
    expect(result.bodyMassLossPct).toBeCloseTo(2.0, 10);
  });

  it('reads a test typed in imperial units into SI', () => {
    const typed = { ...blankWeighIn('2026-07-04'), before: '154.3', after: '151.2', drank: '16.9', durationMin: '60', temperature: '86', humidity: '60' };
    const result = parseWeighIn(typed, 'imperial');
    expect(result).toEqual({ test: { date: '2026-07-04', preKg: 69.99, postKg: 68.58, drankL: 0.5, durationH: 1, temperatureC: 30, humidityPct: 60 } });
  });

  it('says per field what is missing or out of range', () => {
    const result = parseWeighIn({ ...blankWeighIn(''), before: '700', after: '68', drank: '-1', durationMin: '0', humidity: '120' }, 'metric');
    expect(result).toEqual({
      errors: {
        before: 'Weight before (kg) should be between 25 and 250.',
        drank: 'Drank (L) should be between 0 and 20.',
        durationMin: 'Duration (min) should be between 6 and 2880.',
        humidity: 'Humidity (%) should be between 0 and 100.',
        date: 'Date must be a day, like 2026-06-01.',
      },
    });
  });
});
