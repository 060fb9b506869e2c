import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, AnalysisSchema, type Profile } from '../../src/core/index';
import { profile, run } from './helpers';

const finiteEverywhere = (x: unknown): boolean => {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(finiteEverywhere);
  if (typeof x === 'object' && x !== null) return Object.values(x).every(finiteEverywhere);
  return true;
};

const sport = fc.constantFrom('run', 'trail_run', 'walk', 'hike', 'ride', 'other' as const);
const conditions = fc.record({
  sport,
  movingS: fc.double({ min: 600, max: 6 * 3600, noNaN: true }),
  speedMs: fc.double({ min: 1, max: 5.5, noNaN: true }),
  humidityPct: fc.double({ min: 0, max: 100, noNaN: true }),
  massKg: fc.double({ min: 40, max: 120, noNaN: true }),
});
const anything = fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null), fc.constant(undefined), fc.boolean());

describe('properties', () => {
  it('hotter never lowers the sweat rate', () => {
    fc.assert(
      fc.property(conditions, fc.double({ min: -30, max: 50, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (c, t, dt) => {
        const p = profile({ bodyMassKg: c.massKg });
        const a = { sport: c.sport, movingS: c.movingS, distanceM: c.movingS * c.speedMs, humidityPct: c.humidityPct };
        const cool = analyze(run({ ...a, temperatureC: t }), p).estimates.sweatRateLph.value;
        const hot = analyze(run({ ...a, temperatureC: Math.min(55, t + dt) }), p).estimates.sweatRateLph.value;
        expect(hot).toBeGreaterThanOrEqual(cool);
      }),
    );
  });

  it('longer never lowers the total loss', () => {
    fc.assert(
      fc.property(conditions, fc.double({ min: -10, max: 45, noNaN: true }), fc.double({ min: 1, max: 3, noNaN: true }), (c, t, k) => {
        const p = profile({ bodyMassKg: c.massKg });
        const a = { sport: c.sport, temperatureC: t, humidityPct: c.humidityPct };
        const short = analyze(run({ ...a, movingS: c.movingS, distanceM: c.movingS * c.speedMs }), p).estimates;
        const long = analyze(run({ ...a, movingS: c.movingS * k, distanceM: c.movingS * k * c.speedMs }), p).estimates;
        expect(long.sweatLossMl.value).toBeGreaterThanOrEqual(short.sweatLossMl.value);
        expect(long.sodiumLossMg.value).toBeGreaterThanOrEqual(short.sodiumLossMg.value);
      }),
    );
  });

  it('the plan never asks for more than the low end of the estimated sweat rate', () => {
    fc.assert(
      fc.property(conditions, fc.double({ min: -20, max: 50, noNaN: true }), fc.option(fc.double({ min: 0.1, max: 5, noNaN: true })), (c, t, measured) => {
        const p: Profile = profile({ bodyMassKg: c.massKg, ...(measured === null ? {} : { sweatRateLph: measured }) });
        const r = analyze(run({ sport: c.sport, movingS: c.movingS, distanceM: c.movingS * c.speedMs, temperatureC: t, humidityPct: c.humidityPct }), p);
        const hours = c.movingS / 3600;
        expect(r.plan.during.fluidMlPerH).toBeLessThanOrEqual(r.estimates.sweatRateLph.low * 1000);
        expect(r.plan.during.fluidMlPerH * hours).toBeLessThanOrEqual(r.estimates.sweatLossMl.value + 10);
        expect(r.plan.during.sodiumMgPerH * hours).toBeLessThanOrEqual(r.estimates.sodiumLossMg.value + 10);
        if (r.plan.during.sipMl !== null && r.plan.during.sipEveryMin !== null) {
          expect((r.plan.during.sipMl * 60) / r.plan.during.sipEveryMin).toBe(r.plan.during.fluidMlPerH);
        }
      }),
    );
  });

  it('a typed sweat rate moves the estimate toward it and is scaled to other days, hotter never less', () => {
    fc.assert(
      fc.property(conditions, fc.double({ min: 0.1, max: 5, noNaN: true }), fc.double({ min: -30, max: 50, noNaN: true }), (c, lph, t) => {
        const a = { sport: c.sport, movingS: c.movingS, distanceM: c.movingS * c.speedMs };
        const mild = analyze(run({ ...a, temperatureC: 20, humidityPct: 50 }), profile({ sweatRateLph: lph })).estimates.sweatRateLph;
        expect(mild.basis).toBe('measured');
        // between the prediction and the typed rate (one weak measurement), to the 0.05 L/h step
        const predicted = analyze(run({ ...a, temperatureC: 20, humidityPct: 50 }), profile()).estimates.sweatRateLph.value;
        if (c.sport === 'run') expect(Math.abs(mild.value - lph)).toBeLessThanOrEqual(Math.abs(predicted - lph) + 0.05);
        const other = analyze(run({ ...a, temperatureC: t, humidityPct: 50 }), profile({ sweatRateLph: lph })).estimates.sweatRateLph;
        expect(other.basis).toBe('measured');
        if (t > 20) expect(other.value).toBeGreaterThanOrEqual(mild.value);
        if (t < 20) expect(other.value).toBeLessThanOrEqual(mild.value);
      }),
    );
  });

  it('garbage activities and profiles never throw, give finite numbers and parse', () => {
    const garbageActivity = fc.dictionary(
      fc.constantFrom('source', 'id', 'sport', 'movingS', 'elapsedS', 'distanceM', 'elevationGainM', 'temperatureC', 'humidityPct', 'calories', 'energyKj', 'startTime', 'isRace'),
      anything,
    );
    const garbageProfile = fc.dictionary(fc.constantFrom('bodyMassKg', 'heightCm', 'sweatRateLph', 'sweatSodiumMgPerL', 'saltySweater', 'crampHistory', 'units', 'sweatTests'), anything);
    fc.assert(
      fc.property(garbageActivity, garbageProfile, fc.array(garbageActivity, { maxLength: 5 }), (a, p, h) => {
        const r = analyze(a as never, p as never, h as never, new Date('2024-06-01T00:00:00Z'));
        expect(finiteEverywhere(r)).toBe(true);
        expect(AnalysisSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('valid activities always parse with AnalysisSchema, with ordered ranges', () => {
    fc.assert(
      fc.property(conditions, fc.double({ min: -40, max: 55, noNaN: true }), fc.boolean(), (c, t, imperial) => {
        const r = analyze(
          run({ sport: c.sport, movingS: c.movingS, distanceM: c.movingS * c.speedMs, temperatureC: t, humidityPct: c.humidityPct, isRace: imperial }),
          profile({ bodyMassKg: c.massKg, units: imperial ? 'imperial' : 'metric' }),
        );
        expect(AnalysisSchema.safeParse(r).success).toBe(true);
        for (const range of [r.estimates.sweatRateLph, r.estimates.sweatLossMl, r.estimates.sodiumLossMg]) {
          expect(range.low).toBeLessThanOrEqual(range.value);
          expect(range.value).toBeLessThanOrEqual(range.high);
          expect(range.low).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
