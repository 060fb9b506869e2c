import { describe, expect, it } from 'vitest';
import { analyze, carbAdvice } from '../../src/core/index';
import { recovery } from '../../src/core/carbs';
import { profile, run } from './helpers';

describe('carbohydrate by duration (Jeukendrup 2014)', () => {
  it.each([
    [30, 'none', 0],
    [44, 'none', 0],
    [45, 'mouth-rinse', 0],
    [70, 'mouth-rinse', 0],
    [75, 'up-to-30', 30],
    [110, 'up-to-30', 30],
    [120, 'up-to-60', 60],
    [149, 'up-to-60', 60],
    [150, 'up-to-90', 90],
    [239, 'up-to-90', 90],
    [300, 'as-tolerated', 60],
  ])('%d min → %s, %d g/h', (min, band, g) => {
    expect(carbAdvice(min)).toMatchObject({ band, carbsGPerH: g });
  });

  it('recovery: 1.0–1.2 g/kg carbohydrate and 0.3 g/kg protein within 30 min, from 90 min or a race', () => {
    expect(recovery(90, 70)).toEqual({ carbsG: 70, carbsGHigh: 84, proteinG: 21, withinMin: 30 });
    expect(recovery(50, 70)).toEqual({ carbsG: 0, carbsGHigh: 0, proteinG: 0, withinMin: 0 });
    expect(recovery(50, 70, true)).toMatchObject({ carbsG: 70, withinMin: 30 });
  });

  it('flows into the plan rounded to 5 g', () => {
    const r = analyze(run({ movingS: 2.5 * 3600, distanceM: 25_000 }), profile({ bodyMassKg: 63 }));
    expect(r.plan.during.carbsGPerH).toBe(90);
    expect(r.plan.after).toMatchObject({ carbsG: 65, proteinG: 20, withinMin: 30, ifNextWithinH: 8 });
  });
});
