import { describe, expect, it } from 'vitest';
import { type Activity, analyze, AnalysisSchema } from '../../src/core/index';
import { profile, run } from './helpers';

const finiteEverywhere = (x: unknown): boolean => {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(finiteEverywhere);
  if (typeof x === 'object' && x !== null) return Object.values(x).every(finiteEverywhere);
  return true;
};

describe('bad input becomes `invalid` notes, never a throw', () => {
  it.each([
    ['NaN temperature', { temperatureC: Number.NaN }, 'temperatureC'],
    ['80 °C', { temperatureC: 80 }, 'temperatureC'],
    ['humidity 150', { humidityPct: 150 }, 'humidityPct'],
    ['negative distance', { distanceM: -5 }, 'distanceM'],
    ['300 km in 10 min', { distanceM: 300_000, movingS: 600 }, 'distanceM'],
    ['string calories', { calories: 'lots' as unknown as number }, 'calories'],
    ['unknown sport', { sport: 'curling' as unknown as 'run' }, 'sport'],
  ])('%s → invalid %s, estimates still finite', (_name, patch, field) => {
    const r = analyze(run(patch as Partial<Activity>), profile());
    expect(r.invalid.map((n) => n.field)).toContain(field);
    expect(finiteEverywhere(r)).toBe(true);
    expect(AnalysisSchema.safeParse(r).success).toBe(true);
  });

  it('ignores an 80 °C reading: no heat flag, temperature reported missing', () => {
    const r = analyze(run({ temperatureC: 80 }), profile());
    expect(r.estimates.heatFlag).toBeUndefined();
    expect(r.missing.map((m) => m.field)).toContain('temperatureC');
  });

  it('300 km in 10 min: the distance is dropped, the 10 min still count', () => {
    const r = analyze(run({ distanceM: 300_000, movingS: 600 }), profile());
    expect(r.estimates.sweatLossMl.value).toBeGreaterThan(0);
    expect(r.estimates.sweatLossMl.value).toBeLessThan(400);
  });

  it('uses elapsed time when moving time is unusable', () => {
    const r = analyze(run({ movingS: -1, elapsedS: 3600, temperatureC: 20 }), profile({ sweatRateLph: 1 }));
    // 1 h: the loss is the rate's hour
    expect(r.estimates.sweatLossMl.value).toBeCloseTo(r.estimates.sweatRateLph.value * 1000, -1);
    expect(r.invalid.map((n) => n.field)).toContain('movingS');
  });

  it('with no usable duration: zeros, a neutral plan and an invalid note', () => {
    const r = analyze(run({ movingS: Number.NaN, elapsedS: undefined }), profile());
    expect(r.estimates.sweatLossMl).toEqual({ value: 0, low: 0, high: 0 });
    expect(r.estimates.sodiumLossMg).toEqual({ value: 0, low: 0, high: 0 });
    expect(r.plan.during).toMatchObject({ fluidMlPerH: 0, sodiumMgPerH: 0, carbsGPerH: 0, sipEveryMin: null, sipMl: null });
    expect(r.plan.after).toMatchObject({ fluidMl: 0, carbsG: 0, proteinG: 0 });
    expect(r.invalid.map((n) => n.field)).toContain('movingS');
    expect(AnalysisSchema.safeParse(r).success).toBe(true);
  });

  it.each([
    ['null activity', null, null],
    ['a number', 42, 'x'],
    ['an array', [], { units: 'metric', bodyMassKg: -5 }],
  ])('survives %s', (_name, activity, prof) => {
    const r = analyze(activity as unknown as Activity, prof as never, 'nope' as never, new Date(Number.NaN));
    expect(AnalysisSchema.safeParse(r).success).toBe(true);
    expect(finiteEverywhere(r)).toBe(true);
  });

  it('rejects an implausible profile body mass and falls back to 70 kg', () => {
    const r = analyze(run({ movingS: 7200, distanceM: 20_000 }), { units: 'metric', bodyMassKg: 900 } as never);
    expect(r.invalid.map((n) => n.field)).toContain('bodyMassKg');
    expect(r.plan.after.carbsG).toBe(70);
  });
});

describe('missing inputs say what to do', () => {
  it('lists temperature, humidity, body mass, height, distance and history when absent', () => {
    const r = analyze({ source: 'manual', sport: 'run', movingS: 3600 }, { units: 'metric' });
    expect(r.missing.map((m) => m.field)).toEqual(
      expect.arrayContaining(['temperatureC', 'humidityPct', 'bodyMassKg', 'heightCm', 'distanceM', 'history', 'sweatTests']),
    );
    for (const m of r.missing) expect(m.message.length).toBeGreaterThan(20);
    expect(r.estimates.bodyMassLossPct).toBeUndefined();
    expect(r.estimates.wbgtC).toBeUndefined();
  });

  it('gives body-mass loss % only when body mass is known', () => {
    const r = analyze(run({ temperatureC: 20 }), profile({ sweatRateLph: 1.4 }));
    expect(r.estimates.bodyMassLossPct).toBeCloseTo((r.estimates.sweatRateLph.value / 70) * 100, 1);
    expect(r.estimates.wbgtC).toBe(19.9);
    expect(r.estimates.heatFlag).toBe('yellow');
  });
});

describe('the worked marathon, end to end', () => {
  const r = analyze(run({ movingS: 42_195 / 3.1, distanceM: 42_195, temperatureC: 24.4, humidityPct: 28 }), profile());

  it('estimates, plan and sodium follow from each other', () => {
    const { sweatRateLph, sweatLossMl, sodiumLossMg } = r.estimates;
    expect(sweatRateLph).toMatchObject({ value: 1.05, low: 0.55 });
    expect(sweatLossMl.value).toBeCloseTo(sweatRateLph.value * (42_195 / 3.1 / 3600) * 1000, -1);
    expect(sodiumLossMg.value).toBeCloseTo((sweatLossMl.value / 1000) * 920, -1);
    // 60 % of 1.05 L/h = 630 mL/h is wanted; the largest sip schedule under the 550 mL/h low end is 150 mL every 20 min
    expect(r.plan.during).toMatchObject({ strategy: 'schedule', fluidMlPerH: 450, sipEveryMin: 20, sipMl: 150, carbsGPerH: 90 });
    expect(r.plan.during.sodiumMgPerH).toBe(400); // 0.45 L/h × 920 mg/L, down to 50 mg
    expect(r.plan.before).toMatchObject({ fluidMl: 350, fluidMlHigh: 500 });
    expect(r.plan.during.carry?.join(' ')).toMatch(/4 gels per hour/);
  });
});
