import { describe, expect, it } from 'vitest';
import { personalSweatRate } from '../../src/core/personal-fit';

const t = (rateLph: number, temperatureC?: number) => ({ preKg: 70, postKg: 70 - rateLph, drankL: 0, durationH: 1, temperatureC });

describe('personalSweatRate', () => {
  it('returns null without usable tests', () => {
    expect(personalSweatRate([], 20, [])).toBeNull();
    expect(personalSweatRate([null, 'x', { preKg: 'a' }], 20, [])).toBeNull();
  });

  it.each([
    { name: 'three tests on a line', tests: [t(0.8, 10), t(1.0, 15), t(1.2, 20)], at: 25, value: 1.4, slope: 0.04 },
    { name: 'noisy tests', tests: [t(0.7, 10), t(1.1, 15), t(1.1, 20)], at: 15, value: 0.9667, slope: 0.04 },
    { name: 'negative slope is clamped to 0', tests: [t(1.2, 10), t(0.8, 20)], at: 30, value: 1.0, slope: 0 },
    { name: 'same temperature: mean', tests: [t(1.0, 20), t(1.2, 21)], at: 30, value: 1.1, slope: 0 },
    { name: 'no temperatures: mean', tests: [t(0.9), t(1.1)], at: 5, value: 1.0, slope: 0 },
  ])('$name → $value L/h', ({ tests, at, value, slope }) => {
    const r = personalSweatRate(tests, at, []);
    expect(r?.value).toBeCloseTo(value, 3);
    expect(r?.slopeLphPerC).toBeCloseTo(slope, 6);
    expect(r?.low).toBeLessThan(value);
    expect(r?.high).toBeGreaterThan(value);
  });

  it('adds residual error to the range when tests scatter', () => {
    const tight = personalSweatRate([t(0.8, 10), t(1.0, 15), t(1.2, 20)], 15, []);
    const noisy = personalSweatRate([t(0.7, 10), t(1.1, 15), t(1.1, 20)], 15, []);
    expect(tight && tight.high - tight.low).toBeCloseTo(0.3, 6);
    expect(noisy && noisy.high - noisy.low).toBeGreaterThan(0.5);
  });
});
