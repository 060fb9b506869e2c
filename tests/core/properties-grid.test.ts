// Issue 11.9: properties over the whole grid a runner can bring — 45–110 kg, walking pace to
// 4.5 m/s, 0.5–24 h, −30…38 °C, 20–90 % humidity, every sweat basis, looked-up sun, a heart rate from
// the page or its heart-rate stream, with or without the runner's own heart-rate line — checked on every analysis.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, AnalysisSchema, type Profile, type SweatTest } from '../../src/core/index';
import { CARB_ENERGY_SHARE } from '../../src/core/carbs';
import { sessionEffort } from '../../src/core/effort';
import { heartRateLine } from '../../src/core/heart-rate-effort';
import { wbgtC } from '../../src/core/heat';
import { profile, run } from './helpers';

const finiteEverywhere = (x: unknown): boolean => {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(finiteEverywhere);
  if (typeof x === 'object' && x !== null) return Object.values(x).every(finiteEverywhere);
  return true;
};

const weighIn = (rate: number, t: number, sport?: SweatTest['sport']): SweatTest => ({ date: '2024-05-01', preKg: 70, postKg: 70 - rate, drankL: 0, durationH: 1, temperatureC: t, ...(sport ? { sport } : {}) });
const basis = fc.oneof(
  fc.constant({} as Partial<Profile>),
  fc.double({ min: 0.2, max: 3, noNaN: true }).map((sweatRateLph) => ({ sweatRateLph })),
  fc.tuple(fc.double({ min: 0.3, max: 2.5, noNaN: true }), fc.double({ min: -5, max: 35, noNaN: true })).map(([r, t]) => ({ sweatTests: [weighIn(r, t)] })),
  // personal weigh-ins of other sports, several at once
  fc
    .array(fc.tuple(fc.double({ min: 0.3, max: 2.5, noNaN: true }), fc.double({ min: -5, max: 35, noNaN: true }), fc.constantFrom('run', 'walk', 'hike', 'ride' as const)), { minLength: 1, maxLength: 4 })
    .map((xs) => ({ sweatTests: xs.map(([r, t, sport]) => weighIn(r, t, sport)) })),
);
const session = fc.record({
  sport: fc.constantFrom('run', 'trail_run', 'walk', 'hike', 'ride', 'other' as const),
  hours: fc.double({ min: 0.5, max: 24, noNaN: true }),
  speedMs: fc.double({ min: 1, max: 4.5, noNaN: true }),
  climbPerKm: fc.constantFrom(0, 10, 50, 150),
  // the speed stream's bins: walk-run mixes, standing, steep climbs and descents
  movement: fc.option(
    fc.array(fc.record({ speedMs: fc.double({ min: 0, max: 6, noNaN: true }), grade: fc.double({ min: -0.45, max: 0.45, noNaN: true }), seconds: fc.integer({ min: 1, max: 7200 }) }), { minLength: 1, maxLength: 8 }),
  ),
  // down to −30 °C: the cold notes
  temperatureC: fc.double({ min: -30, max: 38, noNaN: true }),
  humidityPct: fc.option(fc.double({ min: 20, max: 90, noNaN: true })),
  isRace: fc.boolean(),
  // heart rate and, on rides, work (power × time)
  avgHeartRate: fc.option(fc.integer({ min: 90, max: 195 })),
  // the heart rate as the heart-rate stream's average (the page showed none)
  heartRateFromStream: fc.boolean(),
  powerW: fc.option(fc.integer({ min: 80, max: 400 })),
  // looked-up sun: the absorbed load on the runner and how far the hottest hour's WBGT rose above the shade mean
  sun: fc.option(fc.record({ solarLoadWm2: fc.double({ min: 0, max: 450, noNaN: true }), wbgtLiftC: fc.double({ min: 0, max: 10, noNaN: true }) })),
});
const runner = fc.record({
  massKg: fc.double({ min: 45, max: 110, noNaN: true }),
  female: fc.boolean(),
  saltySweater: fc.boolean(),
  sodium: fc.option(fc.integer({ min: 200, max: 2300 })),
  crampHistory: fc.constantFrom('never', 'sometimes', 'often' as const),
  basis,
  // flat runs with a heart rate in the history: the runner's own pace-to-heart-rate line
  ownLine: fc.boolean(),
});

/** Four flat runs whose heart rate rises with pace (no start time: they draw the line and count in no window). */
const flatRuns = [2.5, 2.8, 3.1, 3.4].map((speed, i) => ({ source: 'strava', id: `flat${i}`, sport: 'run' as const, movingS: 3600, distanceM: speed * 3600, elevationGainM: 10, avgHeartRate: 135 + 10 * i }));

/** What a lookup with sunshine puts on an activity: the sun's load and the hottest hour's WBGT (never below the shade mean's). */
const sunny = (t: number, rh: number, sun: { solarLoadWm2: number; wbgtLiftC: number }) => ({
  temperatureSource: 'lookup' as const,
  solarLoadWm2: sun.solarLoadWm2,
  wbgtHighC: Math.min(50, wbgtC(t, rh) + sun.wbgtLiftC),
});
const FLAGS = ['white', 'green', 'yellow', 'red', 'black'];

describe('advice stays safe over the whole grid (issue 11.9)', () => {
  it('fluid within the low end, sodium ≤ 1,000 mg/h, carbohydrate within the energy share, safety notes where required, no NaN', () => {
    fc.assert(
      fc.property(session, runner, (s, r) => {
        const movingS = s.hours * 3600;
        const distanceM = movingS * s.speedMs;
        const activity = run({
          sport: s.sport,
          movingS,
          distanceM,
          elevationGainM: (distanceM / 1000) * s.climbPerKm,
          temperatureC: s.temperatureC,
          humidityPct: s.humidityPct ?? undefined,
          isRace: s.isRace,
          movement: s.movement ?? undefined,
          avgHeartRate: s.avgHeartRate ?? undefined,
          ...(s.avgHeartRate !== null && s.heartRateFromStream ? { heartRateSource: 'stream' as const } : {}),
          energyKj: s.sport === 'ride' && s.powerW !== null ? (s.powerW * movingS) / 1000 : undefined,
          ...(s.sun === null ? {} : sunny(s.temperatureC, s.humidityPct ?? 50, s.sun)),
        });
        const p = profile({
          bodyMassKg: r.massKg,
          sex: r.female ? 'female' : 'male',
          saltySweater: r.saltySweater,
          crampHistory: r.crampHistory,
          ...(r.sodium === null ? {} : { sweatSodiumMgPerL: r.sodium }),
          ...r.basis,
        });
        const history = r.ownLine ? flatRuns : [];
        const a = analyze(activity, p, history);
        const { during } = a.plan;
        expect(finiteEverywhere(a)).toBe(true);
        expect(AnalysisSchema.safeParse(a).success).toBe(true);
        // 1. fluid: never above the low end; thirst has no schedule; nothing pushes drinking beside over-drinking
        expect(during.fluidMlPerH).toBeLessThanOrEqual(a.estimates.sweatRateLph.low * 1000);
        expect(during.fluidMlPerH % 50).toBe(0);
        if (during.strategy === 'thirst') expect([during.sipEveryMin, during.sipMl]).toEqual([null, null]);
        else expect(((during.sipMl ?? 0) * 60) / (during.sipEveryMin ?? 1)).toBe(during.fluidMlPerH);
        const ids = a.findings.map((f) => f.id);
        if (ids.includes('overdrinking-risk')) {
          expect(ids).not.toContain('fluid-deficit');
          expect(during.strategy).toBe('thirst');
        }
        if (s.hours >= 4) expect(during.strategy).toBe('thirst');
        // 2/4. never above the physical maximum (2.5 L/h) unless the runner measured more
        const measured = 'sweatRateLph' in r.basis ? (r.basis.sweatRateLph as number) : 0;
        expect(a.estimates.sweatRateLph.high).toBeLessThanOrEqual(Math.max(2.5, measured) + 0.005);
        // 3. sodium within what was studied
        expect(during.sodiumMgPerH).toBeLessThanOrEqual(1000);
        // 7. carbohydrate within ~55 % of the energy spent per hour
        const energyKj = s.sport === 'ride' && s.powerW !== null ? (s.powerW * movingS) / 1000 : null;
        const effortIn = { sport: s.sport, durationS: movingS, distanceM, elevationGainM: (distanceM / 1000) * s.climbPerKm, calories: null, energyKj, avgHeartRate: s.avgHeartRate, female: r.female, movement: s.movement };
        const power = sessionEffort(effortIn, r.massKg, heartRateLine(history));
        const kcalPerH = (power.metabolicW * 3600) / 4184;
        expect(during.carbsGPerH * 4).toBeLessThanOrEqual(CARB_ENERGY_SHARE * kcalPerH + 1e-6);
        // 5. safety notes where required
        const safety = a.safety.map((n) => n.id);
        if (s.hours >= 4 || ids.includes('overdrinking-risk')) expect(safety).toContain('hyponatremia-signs');
        if (a.estimates.heatFlag === 'red' || a.estimates.heatFlag === 'black') expect(safety).toContain('heat-illness-signs');
        if (a.estimates.heatFlag === 'white' && s.hours >= 2) expect(safety).toContain('cold');
        if (a.estimates.uncompensable) expect(safety).toContain('heat-illness-signs');
        if (s.temperatureC <= -27) expect(safety).toContain('frostbite');
        if (r.crampHistory === 'often') expect(safety).toContain('see-a-doctor');
        for (const n of a.safety) expect(n.sources.length).toBeGreaterThan(0);
        // 8. a heart-rate effort names its bpm, the stream when it came from there, and its line or Keytel
        const why = a.estimates.sweatWhy ?? '';
        expect(why.startsWith('Effort from heart rate')).toBe(power.from === 'heart-rate');
        if (power.from === 'heart-rate') {
          expect(why).toContain(`(${s.avgHeartRate} bpm`);
          expect(why.includes("the heart-rate stream's moving average")).toBe(s.heartRateFromStream);
          expect(why.includes('Keytel 2005')).toBe(power.rough === true);
        }
        // 6. never a diagnosis
        for (const f of a.findings) expect(f.contributed).not.toMatch(/^Probably/);
      }),
      { numRuns: 400 },
    );
  });

  it('the sun never lowers the sweat estimate or the heat flag, and the why says whether it was counted', () => {
    fc.assert(
      fc.property(session, runner, fc.double({ min: 1, max: 450, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (s, r, load, lift) => {
        const movingS = s.hours * 3600;
        const base = run({ sport: s.sport, movingS, distanceM: movingS * s.speedMs, temperatureC: s.temperatureC, humidityPct: s.humidityPct ?? undefined, avgHeartRate: s.avgHeartRate ?? undefined });
        const p = profile({ bodyMassKg: r.massKg, sex: r.female ? 'female' : 'male', ...r.basis });
        const shade = analyze(base, p);
        const sun = analyze({ ...base, ...sunny(s.temperatureC, s.humidityPct ?? 50, { solarLoadWm2: load, wbgtLiftC: lift }) }, p);
        expect(sun.estimates.sweatRateLph.value).toBeGreaterThanOrEqual(shade.estimates.sweatRateLph.value);
        expect(sun.estimates.sweatRateLph.high).toBeGreaterThanOrEqual(shade.estimates.sweatRateLph.high);
        expect(FLAGS.indexOf(sun.estimates.heatFlag ?? '')).toBeGreaterThanOrEqual(FLAGS.indexOf(shade.estimates.heatFlag ?? ''));
        expect(sun.estimates.sweatWhy).toContain('Sun and wind counted.');
        expect(shade.estimates.sweatWhy).toContain('Sun not counted');
      }),
      { numRuns: 300 },
    );
  });
});
