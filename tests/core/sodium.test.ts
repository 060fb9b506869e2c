import { describe, expect, it } from 'vitest';
import { sodiumLossMg, sweatSodiumMgPerL } from '../../src/core/sodium';

describe('sweat sodium', () => {
  it.each([
    { measured: null, salty: false, value: 920, low: 690, high: 1380 },
    { measured: null, salty: true, value: 1380, low: 1380, high: 2200 },
    { measured: 1000, salty: false, value: 1000, low: 850, high: 1150 },
    { measured: 800, salty: true, value: 800, low: 680, high: 920 }, // a measurement beats the checklist (issue 11.3)
  ])('measured $measured, salty $salty → $value mg/L', ({ measured, salty, value, low, high }) => {
    const c = sweatSodiumMgPerL(measured, salty);
    expect(c.value).toBeCloseTo(value, 6);
    expect(c.low).toBeCloseTo(low, 6);
    expect(c.high).toBeCloseTo(high, 6);
  });

  it('loss = sweat litres × concentration, low with low and high with high', () => {
    const r = sodiumLossMg({ value: 2000, low: 1500, high: 2500 }, sweatSodiumMgPerL(null, false));
    expect(r).toEqual({ value: 1840, low: 1035, high: 3450 });
  });
});
