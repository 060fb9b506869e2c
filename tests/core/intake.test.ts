import { describe, expect, it } from 'vitest';
import { type Activity, analyze, AnalysisSchema, formatVolumeMl } from '../../src/core/index';
import { profile, run } from './helpers';

const texts = (r: ReturnType<typeof analyze>): string => JSON.stringify([r.findings, r.safety]);
const finding = (r: ReturnType<typeof analyze>, id: string) => r.findings.find((f) => f.id === id);
const hot = (a: Partial<Activity> = {}) => run({ movingS: 3 * 3600, distanceM: 30_000, temperatureC: 27, humidityPct: 60, ...a });

describe('weighed before and after: the sweat rate is measured, not predicted', () => {
  it('(before − after + drunk) ÷ hours, basis weighed, range only the scale error', () => {
    const r = analyze(run({ movingS: 2 * 3600, distanceM: 20_000, intake: { massBeforeKg: 70, massAfterKg: 68.8, fluidMl: 500 } }), profile());
    expect(r.estimates.sweatRateLph.basis).toBe('weighed');
    expect(r.estimates.sweatRateLph.value).toBeCloseTo(0.85, 2);
    // ±0.1 kg per reading, two readings: ±0.14 kg over 2 h ≈ ±0.07 L/h.
    expect(r.estimates.sweatRateLph.high - r.estimates.sweatRateLph.value).toBeCloseTo(0.07, 2);
    expect(r.estimates.sweatRateLph.value - r.estimates.sweatRateLph.low).toBeCloseTo(0.07, 2);
    expect(r.estimates.sweatLossMl.value).toBeCloseTo(1700, -1);
    expect(r.balance).toMatchObject({ basis: 'weighed', fluid: { tookMl: 500 } });
    expect(r.balance.fluid.lostMl.value).toBeCloseTo(1700, -1);
    expect(AnalysisSchema.safeParse(r).success).toBe(true);
  });

  it('without both weights the basis stays an estimate', () => {
    const r = analyze(run({ intake: { massBeforeKg: 70, fluidMl: 500 } }), profile());
    expect(r.estimates.sweatRateLph.basis).toBe('predicted');
    expect(r.balance.basis).toBe('estimated');
  });

  it('sodium lost follows the weighed sweat', () => {
    const a = run({ movingS: 2 * 3600, distanceM: 20_000 });
    const light = analyze({ ...a, intake: { massBeforeKg: 70, massAfterKg: 69.5 } }, profile());
    const heavy = analyze({ ...a, intake: { massBeforeKg: 70, massAfterKg: 68 } }, profile());
    expect(heavy.balance.sodium.lostMg.value / light.balance.sodium.lostMg.value).toBeCloseTo(4, 0);
  });
});

describe('fluid known: the deficit is what was lost beyond what was drunk', () => {
  it('no fluid-deficit finding when lost − drunk stays within 2 % of body mass', () => {
    const without = analyze(hot(), profile());
    expect(finding(without, 'fluid-deficit')).toBeDefined();
    const drank = analyze(hot({ intake: { fluidMl: without.estimates.sweatLossMl.value - 1000 } }), profile());
    expect(finding(drank, 'fluid-deficit')).toBeUndefined();
  });

  it('says what was drunk against what was lost, never "if you drank little"', () => {
    const r = analyze(hot({ intake: { fluidMl: 500 } }), profile());
    const f = finding(r, 'fluid-deficit');
    const loss = formatVolumeMl(Math.round(r.estimates.sweatLossMl.value / 50) * 50, 'metric', 'en');
    expect(f?.contributed).toContain(`you drank 500 mL of about ${loss}`);
    for (const language of ['en', 'de', 'fr'] as const) {
      const t = texts(analyze(hot({ intake: { fluidMl: 500, sodiumMg: 200, carbsG: 20 } }), profile({ language })));
      expect(t).not.toMatch(/if you drank|falls du (wenig|nur)|si vous avez (peu bu|n'avez bu)/);
    }
  });

  it('weighed: the scale\'s loss beyond 2 % is the deficit', () => {
    const r = analyze(hot({ intake: { massBeforeKg: 70, massAfterKg: 68, fluidMl: 800 } }), profile());
    expect(finding(r, 'fluid-deficit')?.contributed).toMatch(/you drank 800 mL of about 2\.8 L sweated, as your scale shows, 2\.9 % of body mass/);
  });
});

describe('weight gained beyond the scale error: over-drinking', () => {
  it('a short run with a 0.5 kg gain gives the finding and the hyponatremia signs', () => {
    const r = analyze(run({ movingS: 3600, intake: { massBeforeKg: 70, massAfterKg: 70.5, fluidMl: 1500 } }), profile());
    const f = finding(r, 'overdrinking-risk');
    expect(f?.severity).toMatch(/caution|warning/);
    expect(f?.contributed).toContain('0.5 kg more after than before');
    expect(r.safety.map((s) => s.id)).toContain('hyponatremia-signs');
    expect(finding(r, 'fluid-deficit')).toBeUndefined();
  });

  it('a gain within the scale error is not over-drinking', () => {
    const r = analyze(run({ movingS: 3600, intake: { massBeforeKg: 70, massAfterKg: 70.1, fluidMl: 900 } }), profile());
    expect(finding(r, 'overdrinking-risk')).toBeUndefined();
    expect(r.safety.map((s) => s.id)).not.toContain('hyponatremia-signs');
  });
});

describe('carbohydrate and sodium taken against the advice', () => {
  it('carbohydrate at the advised rate: no fuel gap; well below: the finding says g per hour', () => {
    const base = analyze(hot(), profile());
    const perH = base.balance.carbs.advisedGPerH;
    expect(perH).toBeGreaterThan(0);
    expect(finding(analyze(hot({ intake: { carbsG: perH * 3 } }), profile()), 'fuel-gap')).toBeUndefined();
    const low = finding(analyze(hot({ intake: { carbsG: 30 } }), profile()), 'fuel-gap');
    expect(low?.contributed).toContain('you took about 10 g per hour');
  });

  it('sodium near the planned replacement: no sodium finding; little: taken against lost', () => {
    const base = analyze(hot(), profile());
    expect(finding(base, 'sodium-deficit')).toBeDefined();
    const planned = base.plan.during.sodiumMgPerH * 3;
    expect(finding(analyze(hot({ intake: { sodiumMg: planned } }), profile()), 'sodium-deficit')).toBeUndefined();
    const little = finding(analyze(hot({ intake: { sodiumMg: 200 } }), profile()), 'sodium-deficit');
    expect(little?.contributed).toMatch(/you took 200 mg of about [\d,]+ mg lost in sweat/);
    expect(analyze(hot({ intake: { sodiumMg: 200 } }), profile()).balance.sodium.tookMg).toBe(200);
  });
});

describe('rehydration volumes only from a weighed loss', () => {
  it('a predicted loss never gives a litre figure, even after 100 miles', () => {
    const r = analyze(run({ movingS: 28 * 3600, distanceM: 161_000, temperatureC: 25 }), profile());
    expect(r.plan.after).toMatchObject({ fluidMl: 0, fluidFrom: 'thirst' });
    expect(texts(r)).not.toMatch(/in the hours after/);
  });

  it('a weighed loss of 2 kg gives 125–150 % of it', () => {
    const r = analyze(hot({ intake: { massBeforeKg: 70, massAfterKg: 68, fluidMl: 800 } }), profile());
    expect(r.plan.after).toMatchObject({ fluidMl: 2500, fluidMlHigh: 3000, fluidFrom: 'weighed' });
  });
});

describe('invalid intake is noted and ignored; analyze never throws', () => {
  it.each([
    ['negative drink', { fluidMl: -100 }, 'intake.fluidMl'],
    ['25 L drunk', { fluidMl: 25_000 }, 'intake.fluidMl'],
    ['12 g sodium', { sodiumMg: 12_000 }, 'intake.sodiumMg'],
    ['2 kg carbohydrate', { carbsG: 2000 }, 'intake.carbsG'],
    ['a 300 kg runner', { massBeforeKg: 300, massAfterKg: 299 }, 'intake.massBeforeKg'],
    ['a string', { carbsG: 'lots' }, 'intake.carbsG'],
    ['5 kg lost in an hour', { massBeforeKg: 70, massAfterKg: 65 }, 'intake.massAfterKg'],
  ])('%s', (_name, intake, field) => {
    const r = analyze(run({ intake: intake as Activity['intake'] }), profile());
    expect(r.invalid.map((n) => n.field)).toContain(field);
    expect(r.invalid.find((n) => n.field === field)?.message).toMatch(/ignored/);
    expect(r.balance.basis).toBe('estimated');
    expect(r.estimates.sweatRateLph.basis).toBe('predicted');
    expect(AnalysisSchema.safeParse(r).success).toBe(true);
  });

  it('an intake that is not an object', () => {
    const r = analyze(run({ intake: 'a lot' as unknown as Activity['intake'] }), profile());
    expect(r.invalid.map((n) => n.field)).toContain('intake');
  });
});
