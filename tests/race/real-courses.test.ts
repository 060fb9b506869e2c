import { beforeAll, describe, expect, test } from 'vitest';
import { type Course, climbM, planRace } from '../../src/core/index';
import { profile } from '../core/helpers';
import { expectSafePlan, forecast } from '../core/race/race-helpers';
import { course } from './courses';

/**
 * planRace on real courses read from their GPX (tests/fixtures/courses/README.md): the Manchester
 * Marathon 2026 and the UTMB (171 km, ~10,000 m of climbing), and two synthetic courses derived
 * from Manchester's: the same distance made flat, and made hilly.
 */
let manchester: Course;
let utmb: Course;
beforeAll(() => {
  manchester = course('manchester-marathon-2026.gpx').course;
  utmb = course('utmb-170.gpx').course;
}, 60_000);

/** Synthetic: Manchester's distance and point spacing, elevation constant. */
const syntheticFlat = (): Course => ({ distanceM: manchester.distanceM, points: manchester.points.map((p) => ({ atM: p.atM, eleM: 40 })) });
/** Synthetic: Manchester's distance and point spacing, 60 m hills every 6 km. */
const syntheticHilly = (): Course => ({ distanceM: manchester.distanceM, points: manchester.points.map((p) => ({ atM: p.atM, eleM: 100 + 60 * Math.sin((2 * Math.PI * p.atM) / 6000) })) });

const every5km = (distanceM: number) => Array.from({ length: Math.floor((distanceM - 1) / 5000) }, (_, i) => ({ atM: (i + 1) * 5000, offers: ['water' as const, 'drink' as const] }));
const hotAfternoon = (date: string) => forecast(date, 12, [29, 31, 32, 33, 33, 32, 30], 50);
const coldMorning = (date: string) => forecast(date, 6, [-4, -3, -2, 0, 1, 2], 85);

describe('planRace on real course GPX', () => {
  test('Manchester Marathon: 42.2 km read from the GPX, stations every 5 km, every rule kept, on a hot afternoon and a cold morning', () => {
    expect(manchester.distanceM).toBeGreaterThan(42_000);
    expect(manchester.distanceM).toBeLessThan(42_500);
    const hot = planRace({ course: manchester, goalTimeS: 3.75 * 3600, start: '2026-04-19T12:00', stations: every5km(manchester.distanceM), weather: hotAfternoon('2026-04-19') }, profile(), []);
    expect(hot.safety.map((s) => s.id)).toContain('heat-illness-signs');
    const cold = planRace({ course: manchester, goalTimeS: 3.75 * 3600, start: '2026-04-19T06:00', stations: every5km(manchester.distanceM), weather: coldMorning('2026-04-19') }, profile(), []);
    expect(cold.safety.map((s) => s.id)).toContain('cold');
    expect(cold.totals.fluidMl).toBeLessThan(hot.totals.fluidMl);
    for (const plan of [hot, cold]) {
      expect(plan.legs).toHaveLength(9);
      expect(plan.legs.at(-1)?.toM).toBe(manchester.distanceM);
      expectSafePlan(plan);
    }
  });

  test('UTMB: about 170 km and 10,000 m of climbing; climbing legs are slower per km than descending ones; on thirst with the hyponatremia note', () => {
    expect(utmb.distanceM / 1000).toBeCloseTo(170, -1);
    expect(climbM(utmb.points)).toBeGreaterThan(9000);
    expect(climbM(utmb.points)).toBeLessThan(12_000);
    const stations = Array.from({ length: 16 }, (_, i) => ({ atM: (i + 1) * 10_000, offers: ['water' as const, 'food' as const] }));
    const start = '2026-08-28T18:00+02:00';
    const weather = forecast('2026-08-28', 18, [22, 20, 18, 16, 14, 12], 60);
    const plan = planRace({ course: utmb, goalTimeS: 40 * 3600, start, stations, weather }, profile(), []);
    expectSafePlan(plan);
    expect(plan.strategy).toBe('thirst');
    expect(plan.safety.map((s) => s.id)).toContain('hyponatremia-signs');
    const riseOf = (l: (typeof plan.legs)[number]) => {
      const at = (m: number) => utmb.points.reduce((best, p) => (Math.abs(p.atM - m) < Math.abs(best.atM - m) ? p : best)).eleM;
      return at(l.toM) - at(l.fromM);
    };
    const secPerKm = (l: (typeof plan.legs)[number]) => (l.endS - l.startS) / ((l.toM - l.fromM) / 1000);
    const climbing = plan.legs.filter((l) => riseOf(l) > 500);
    const descending = plan.legs.filter((l) => riseOf(l) < -500);
    expect(climbing.length).toBeGreaterThan(0);
    expect(descending.length).toBeGreaterThan(0);
    expect(Math.min(...climbing.map(secPerKm))).toBeGreaterThan(Math.max(...descending.map(secPerKm)));
    // Hours beyond the forecast have no temperature rather than a made-up one.
    expect(plan.legs.at(-1)?.temperatureC).toBeNull();
  });

  test('synthetic flat vs hilly (from Manchester): flat spreads the time evenly by distance, hilly does not; both keep every rule', () => {
    const race = (c: Course) => planRace({ course: c, goalTimeS: 4 * 3600, start: '2026-04-19T09:00', stations: every5km(c.distanceM) }, profile(), []);
    const flat = race(syntheticFlat());
    const hilly = race(syntheticHilly());
    const perKm = (p: typeof flat) => p.legs.slice(0, -1).map((l) => (l.endS - l.startS) / 5);
    expect(Math.max(...perKm(flat)) - Math.min(...perKm(flat))).toBeLessThanOrEqual(1);
    expect(Math.max(...perKm(hilly)) - Math.min(...perKm(hilly))).toBeGreaterThan(10);
    expectSafePlan(flat);
    expectSafePlan(hilly);
  });
});
