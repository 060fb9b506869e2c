import { describe, expect, it } from 'vitest';
import { rehydrationL, sweatRateFromWeighIn, weighInProblem } from '../../src/core/index';

describe('sweatRateFromWeighIn', () => {
  it.each([
    // science.md §9 case 1: 70.0 → 68.6 kg, +0.5 L, −0.1 L urine, 1.5 h → 1.2 L/h, 2.0 %
    { t: { preKg: 70, postKg: 68.6, drankL: 0.5, urineL: 0.1, durationH: 1.5 }, rate: 1.2, pct: 2.0 },
    { t: { preKg: 60, postKg: 59.4, drankL: 0, durationH: 1 }, rate: 0.6, pct: 1.0 },
    { t: { preKg: 80, postKg: 78, drankL: 1, urineL: 0, durationH: 2 }, rate: 1.5, pct: 2.5 },
    // weight gained: over-drinking shows as a negative loss, the rate is floored at 0
    { t: { preKg: 60, postKg: 61, drankL: 0.5, durationH: 1 }, rate: 0, pct: -1.6667 },
  ])('$t → $rate L/h, $pct %', ({ t, rate, pct }) => {
    const r = sweatRateFromWeighIn(t);
    expect(r.sweatRateLph).toBeCloseTo(rate, 3);
    expect(r.bodyMassLossPct).toBeCloseTo(pct, 3);
  });

  it('gives zeros, not NaN, for unusable input', () => {
    expect(sweatRateFromWeighIn({ preKg: Number.NaN, postKg: 60, drankL: 0, durationH: 1 })).toEqual({ sweatRateLph: 0, bodyMassLossPct: 0 });
    expect(sweatRateFromWeighIn({ preKg: 70, postKg: 69, drankL: 0, durationH: 0 })).toEqual({ sweatRateLph: 0, bodyMassLossPct: 0 });
  });

  it('rehydration after the worked case is 1.75–2.1 L (1.25–1.5 L per kg lost)', () => {
    const r = rehydrationL(70 - 68.6);
    expect(r.low).toBeCloseTo(1.75, 3);
    expect(r.high).toBeCloseTo(2.1, 3);
  });
});

describe('weighInProblem', () => {
  it.each([
    [{ preKg: 70, postKg: 68.6, drankL: 0.5, urineL: 0.1, durationH: 1.5 }, null],
    [{ preKg: 70, postKg: 68.6, drankL: 0.5, durationH: 0 }, 'duration'],
    [{ preKg: 700, postKg: 68.6, drankL: 0.5, durationH: 1 }, 'body mass'],
    [{ preKg: 70, postKg: 75, drankL: 0, durationH: 1 }, 'implausible'],
    [{ preKg: 70, postKg: 69, drankL: -1, durationH: 1 }, 'fluid'],
  ])('%o → %s', (t, expected) => {
    const p = weighInProblem(t);
    if (expected === null) expect(p).toBeNull();
    else expect(p).toContain(expected);
  });
});
