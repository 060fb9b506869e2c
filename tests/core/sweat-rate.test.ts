import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index';
import { MAX_SWEAT_LPH } from '../../src/core/heat-balance';
import { estimateSweatRate, modelSweat, PERSONAL_MULTIPLIER } from '../../src/core/sweat-rate';
import { sessionPower } from '../../src/core/metabolic';
import { profile, run } from './helpers';

const rate = (a: Parameters<typeof run>[0], p: Parameters<typeof profile>[0] = {}) => analyze(run(a), profile(p)).estimates.sweatRateLph;
const at = (temperatureC: number, humidityPct = 50) => ({ temperatureC, humidityPct });
/** 70.0 → 68.6 kg, 0.5 L drunk, 0.1 L urine, 1.5 h: 1.2 L/h (the worked case). */
const test12 = (extra: Record<string, number> = {}) => ({ date: '2024-05-01', preKg: 70, postKg: 68.6, drankL: 0.5, urineL: 0.1, durationH: 1.5, ...extra });

describe('the runner’s own model: the population model moved toward their weigh-ins', () => {
  const weighIns = (n: number, extra: Record<string, unknown> = {}) =>
    Array.from({ length: n }, (_, i) => test12({ temperatureC: 18 + (i % 2), humidityPct: 50, distanceM: 15_000, ...extra }));

  it('a typed rate is one weak measurement at the usual running pace and 20 °C: pulled toward it, not copied', () => {
    const predicted = rate(at(20)).value;
    const measured = rate(at(20), { sweatRateLph: 1.6 });
    expect(measured.basis).toBe('measured');
    expect(measured.value).toBeGreaterThan(predicted + 0.2);
    expect(measured.value).toBeLessThan(1.6);
  });

  it('a rate measured running is carried to a walk through the model, never copied', () => {
    const walk = { sport: 'walk' as const, movingS: 5 * 3600, distanceM: 5 * 4500, ...at(20) };
    const predicted = rate(walk);
    for (const p of [{ sweatTests: weighIns(1, { postKg: 68.8, drankL: 0, urineL: 0, durationH: 1, distanceM: 10_000 }) }, { sweatRateLph: 1.2 }]) {
      const own = rate(walk, p);
      expect(own.value).toBeLessThan(0.5);
      expect(own.low).toBeLessThanOrEqual(predicted.high);
    }
  });

  it('a typed rate never puts the drinking ceiling above the predicted high end of another sport or pace', () => {
    for (const a of [
      { sport: 'walk' as const, movingS: 5 * 3600, distanceM: 22_000, ...at(20) },
      { sport: 'hike' as const, movingS: 4 * 3600, distanceM: 12_000, elevationGainM: 800, ...at(25) },
      { sport: 'ride' as const, movingS: 3 * 3600, distanceM: 80_000, energyKj: 1800, ...at(15) },
      { sport: 'run' as const, movingS: 3 * 3600, distanceM: 25_000, ...at(10) },
    ]) {
      const predictedHigh = rate(a).high;
      for (const sweatRateLph of [1.2, 2.5, 5]) expect(rate(a, { sweatRateLph }).low).toBeLessThanOrEqual(predictedHigh);
    }
  });

  it('at the same effort hotter never predicts less, whatever the weigh-ins', () => {
    const tests = [test12({ temperatureC: 5, distanceM: 15_000 }), { date: '2024-08-01', preKg: 70, postKg: 69.4, drankL: 0, durationH: 1, temperatureC: 28 }];
    let last = 0;
    for (let t = -5; t <= 35; t += 3) {
      const r = rate(at(t), { sweatTests: tests });
      expect(r.value).toBeGreaterThanOrEqual(last);
      last = r.value;
    }
  });

  it('more weigh-ins near today’s conditions give a narrower range', () => {
    const width = (n: number) => {
      const r = rate(at(18), { sweatTests: weighIns(n) });
      return r.high - r.low;
    };
    expect(width(4)).toBeLessThan(width(1));
    expect(width(8)).toBeLessThanOrEqual(width(4));
  });

  it('a weigh-in far from today’s temperature leaves a wider range than one near it', () => {
    const near = rate(at(18), { sweatTests: [test12({ temperatureC: 18 })] });
    const far = rate(at(0), { sweatTests: [test12({ temperatureC: 28 })] });
    expect((far.high - far.low) / far.value).toBeGreaterThan((near.high - near.low) / near.value + 0.2);
  });

  it('never goes above the physical maximum, unless the runner measured more', () => {
    const scaledUp = rate(at(38, 70), { sweatRateLph: 2.0 });
    expect(scaledUp.value).toBeLessThanOrEqual(MAX_SWEAT_LPH);
    expect(scaledUp.high).toBeLessThanOrEqual(MAX_SWEAT_LPH);
    expect(rate(at(38, 70), { sweatRateLph: 3.2 }).high).toBeLessThanOrEqual(3.2);
  });

  it('shows rates in 0.05 L/h steps, the low end rounded down', () => {
    for (const p of [{}, { sweatRateLph: 1.234567 }, { sweatTests: weighIns(2) }]) {
      const r = rate(at(7.3, 61), p);
      for (const x of [r.value, r.low, r.high]) expect(Math.abs(x * 20 - Math.round(x * 20))).toBeLessThan(1e-9);
    }
  });

  it('uses the weigh-in’s own pace when its distance is known', () => {
    // Today 10 km in 60 min; the test ran 15 km in 1.5 h (same pace) or 12 km (slower): a slower test means more today
    const samePace = rate(at(18), { sweatTests: [test12({ temperatureC: 18, humidityPct: 50, distanceM: 15_000 })] }).value;
    const slowerTest = rate(at(18), { sweatTests: [test12({ temperatureC: 18, humidityPct: 50, distanceM: 12_000 })] }).value;
    expect(slowerTest).toBeGreaterThan(samePace);
  });

  it('ignores an impossible weigh-in and says so', () => {
    const r = analyze(run(), profile({ sweatTests: [{ date: 'x', preKg: 70, postKg: 80, drankL: 0, durationH: 1 }] }));
    expect(r.estimates.sweatRateLph.basis).toBe('predicted');
    expect(r.invalid.map((n) => n.field)).toContain('sweatTests[0]');
  });
});

describe('the predicted rate', () => {
  it('widens the range when the temperature is unknown', () => {
    const known = rate({});
    const unknown = rate({ temperatureC: undefined, humidityPct: undefined });
    expect(unknown.value).toBeCloseTo(known.value, 6);
    expect(unknown.high - unknown.low).toBeGreaterThan(known.high - known.low + 0.2);
  });

  it('models the dry and humid ends of an unknown humidity apart from today: each end its own rate when only the humidity differs', () => {
    const power = sessionPower({ sport: 'run', durationS: 3600, distanceM: 9_000, elevationGainM: 0, calories: null, energyKj: null }, 70);
    const conditions = (humidityPct: number) => ({ power, massKg: 70, heightCm: 175, temperatureC: 26, humidityPct, solarLoadWm2: 0 });
    const estimate = (cool: number, warm: number) =>
      estimateSweatRate({ measuredLph: null, sweatTests: [], central: conditions(50), cool: conditions(cool), warm: conditions(warm), sport: 'run', powerOf: () => power, usualRunPower: () => power }, []);
    const today = estimate(50, 50);
    expect(modelSweat(conditions(95)).lph).not.toBe(modelSweat(conditions(50)).lph);
    expect(estimate(50, 95).high).toBeGreaterThan(today.high);
    expect(estimate(10, 50).low).toBeLessThanOrEqual(today.low);
    expect(estimate(50, 50)).toEqual(today);
  });

  it('is the physics with a personal spread, not pulled towards the 1.28 L/h population mean', () => {
    // A 5 km/h walk at 20 °C needs far less than 1.28 L/h; a blend would have added ~0.3 L/h
    const walk = rate({ sport: 'walk', movingS: 3600, distanceM: 5000, ...at(20) });
    expect(walk.value).toBeLessThan(0.4);
    // the population's spread (1.28 ± 0.57 L/h, CV 0.45) as a multiplier: 0.55–1.45 × the physics
    expect(PERSONAL_MULTIPLIER.low).toBeCloseTo(1 - 0.57 / 1.28, 6);
    expect(walk.low).toBeCloseTo(walk.value * PERSONAL_MULTIPLIER.low, 1);
    expect(walk.high).toBeCloseTo(walk.value * PERSONAL_MULTIPLIER.high, 1);
  });

  it('uses the walking equation at walking speeds, whatever the sport label', () => {
    const asRun = rate({ sport: 'run', movingS: 3600, distanceM: 5000, ...at(25) });
    const asWalk = rate({ sport: 'walk', movingS: 3600, distanceM: 5000, ...at(25) });
    expect(asRun.value).toBe(asWalk.value);
  });

  it('treats climbs as climbs: a steep hike is not capped at a 30 % grade', () => {
    const steep = rate({ sport: 'hike', movingS: 7200, distanceM: 4000, elevationGainM: 1200, ...at(25) }).value; // 30 %
    const steeper = rate({ sport: 'hike', movingS: 7200, distanceM: 4000, elevationGainM: 1800, ...at(25) }).value; // 45 %
    expect(steeper).toBeGreaterThan(steep);
  });

  it('at 35 °C / 60 % stays at the physical ceiling and calls the heat uncompensable', () => {
    const r = analyze(run(at(35, 60)), profile());
    expect(r.estimates.sweatRateLph.value).toBeLessThanOrEqual(MAX_SWEAT_LPH);
    expect(r.estimates.sweatRateLph.high).toBeLessThanOrEqual(MAX_SWEAT_LPH);
    expect(r.estimates.uncompensable).toBe(true);
    expect(r.findings.find((f) => f.id === 'heat')?.contributed).toMatch(/uncompensable heat/);
    expect(analyze(run(at(15)), profile()).estimates.uncompensable).toBeUndefined();
  });

  it.each([
    ['ride from work', { sport: 'ride' as const, movingS: 7200, distanceM: 60_000, energyKj: 1440 }, 0.6],
    ['ride from calories', { sport: 'ride' as const, movingS: 7200, distanceM: 60_000, energyKj: undefined, calories: 1500 }, 0.75],
    ['walk', { sport: 'walk' as const, movingS: 3600, distanceM: 5000 }, 0.21],
  ])('%s at 20 °C ≈ %s L/h (regression value, not validated)', (_name, a, lph) => {
    expect(rate({ ...a, temperatureC: 20 }).value).toBeCloseTo(lph, 1);
  });
});
