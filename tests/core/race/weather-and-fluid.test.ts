import { describe, expect, test } from 'vitest';
import { planRace } from '../../../src/core/index';
import { profile } from '../helpers';
import { expectSafePlan, flatMarathon, forecast } from './race-helpers';

/** Two equal 1 h legs on a flat 20 km course, starting at 09:00. */
const twoHours = (temperaturesC: number[]) => ({
  course: { distanceM: 20_000 },
  goalTimeS: 7200,
  start: '2026-07-04T09:00+02:00',
  stations: [{ atM: 10_000 }],
  weather: forecast('2026-07-04', 8, temperaturesC),
});

describe('planRace: each leg gets the forecast for its own hours', () => {
  test('the leg temperature is the forecast of the hours the runner is on it', () => {
    // 08:00 5 °C, 09:00 10 °C, 10:00 20 °C, 11:00 30 °C: first leg 09:00–10:00 (the 09:00 hour), second 10:00–11:00.
    const plan = planRace(twoHours([5, 10, 20, 30]), profile(), []);
    expect(plan.legs.map((l) => l.temperatureC)).toEqual([10, 20]);
  });

  test('a leg between two hours averages them', () => {
    const plan = planRace({ ...twoHours([5, 10, 20, 30]), start: '2026-07-04T09:30+02:00' }, profile(), []);
    expect(plan.legs.map((l) => l.temperatureC)).toEqual([15, 25]);
  });

  test('a leg the forecast does not reach has no temperature (and the engine range, not a guess)', () => {
    const plan = planRace({ ...twoHours([10]), weather: forecast('2026-07-04', 9, [10]) }, profile(), []);
    expect(plan.legs.map((l) => l.temperatureC)).toEqual([10, null]);
    expectSafePlan(plan);
  });

  test('a hotter leg gets at least the fluid of a cooler leg of the same duration', () => {
    for (const [cool, hot] of [
      [8, 16],
      [12, 24],
      [18, 30],
      [25, 34],
    ] as const) {
      const plan = planRace(twoHours([cool, cool, hot]), profile(), []);
      const [first, second] = plan.legs;
      expect((second?.endS ?? 0) - (second?.startS ?? 0)).toBe((first?.endS ?? 0) - (first?.startS ?? 0));
      expect(second?.fluidMl).toBeGreaterThanOrEqual(first?.fluidMl ?? Number.POSITIVE_INFINITY);
      // In the cool the engine's floor (half the metabolic heat as sweat) holds both legs level.
      if (cool >= 18) {
        expect(second?.sweatLowLph).toBeGreaterThan(first?.sweatLowLph ?? Number.POSITIVE_INFINITY);
        expect(second?.fluidMl).toBeGreaterThan(first?.fluidMl ?? Number.POSITIVE_INFINITY);
      }
      expectSafePlan(plan);
    }
  });
});

describe('planRace: the analysis rules on every leg', () => {
  test('fluid never above the low end of the leg sweat estimate × its hours, even for a heavy sweater who measured 2.4 L/h', () => {
    for (const p of [profile(), profile({ sweatRateLph: 2.4 }), profile({ bodyMassKg: 50, sex: 'female' }), profile({ bodyMassKg: 110 })]) {
      for (const t of [-5, 10, 22, 32]) expectSafePlan(planRace(flatMarathon({ weather: forecast('2026-10-04', 8, Array(6).fill(t)) }), p, []));
    }
  });

  test('sodium stays within 1,000 mg per hour, even for a salty sweater with a measured 2,300 mg/L', () => {
    const plan = planRace(flatMarathon({ goalTimeS: 3 * 3600, weather: forecast('2026-10-04', 8, Array(5).fill(30), 70) }), profile({ sweatSodiumMgPerL: 2300, saltySweater: true, sweatRateLph: 2.4 }), []);
    expect(plan.totals.sodiumMg).toBeGreaterThan(0);
    expectSafePlan(plan);
  });

  test('carbohydrate by the race duration: 30 g/h under 2 h, 90 g/h for 2.5–4 h, 60 g/h from 4 h, up to 30 g/h on a hike', () => {
    const perHour = (plan: ReturnType<typeof planRace>) => plan.totals.carbsG / ((plan.legs.at(-1)?.endS ?? 1) / 3600);
    const fast = planRace(flatMarathon({ course: { distanceM: 21_100 }, stations: [{ atM: 10_000 }], goalTimeS: 1.5 * 3600 }), profile(), []);
    expect(perHour(fast)).toBeGreaterThan(27);
    expect(perHour(fast)).toBeLessThanOrEqual(30);
    const marathon = planRace(flatMarathon({ goalTimeS: 3 * 3600 }), profile(), []);
    expect(perHour(marathon)).toBeGreaterThan(85);
    expect(perHour(marathon)).toBeLessThanOrEqual(90);
    const ultra = planRace(flatMarathon({ course: { distanceM: 60_000 }, goalTimeS: 7 * 3600 }), profile(), []);
    expect(perHour(ultra)).toBeGreaterThan(57);
    expect(perHour(ultra)).toBeLessThanOrEqual(60);
    const hike = planRace(flatMarathon({ course: { distanceM: 20_000 }, stations: [{ atM: 10_000 }], goalTimeS: 5 * 3600, sport: 'hike' }), profile(), []);
    expect(perHour(hike)).toBeLessThanOrEqual(30);
  });

  test('a 4 h marathon is on thirst with the hyponatremia signs; so is a slow 3 h half; a 3 h marathon in the cool gets a schedule', () => {
    const long = planRace(flatMarathon({ goalTimeS: 4 * 3600 }), profile(), []);
    expect(long.strategy).toBe('thirst');
    expect(long.safety.map((s) => s.id)).toContain('hyponatremia-signs');
    const slow = planRace(flatMarathon({ course: { distanceM: 21_100 }, stations: [{ atM: 10_000 }], goalTimeS: 3 * 3600 }), profile(), []);
    expect(slow.strategy).toBe('thirst');
    expect(slow.safety.map((s) => s.id)).toContain('hyponatremia-signs');
    const fast = planRace(flatMarathon({ goalTimeS: 3 * 3600, weather: forecast('2026-10-04', 8, [12, 12, 12, 12, 12]) }), profile({ sex: 'male' }), []);
    expect(fast.strategy).toBe('schedule');
    expect(fast.safety.map((s) => s.id)).not.toContain('hyponatremia-signs');
  });

  test('the over-drinking profile (a light woman over 3 h) is on thirst with the note', () => {
    const plan = planRace(flatMarathon({ goalTimeS: 3.3 * 3600 }), profile({ bodyMassKg: 52, sex: 'female' }), []);
    expect(plan.strategy).toBe('thirst');
    expect(plan.safety.map((s) => s.id)).toContain('hyponatremia-signs');
  });

  test('a hot afternoon gets the heat-illness note and hot legs their flag; a cold morning the cold note', () => {
    const hot = planRace(flatMarathon({ start: '2026-07-04T13:00', weather: forecast('2026-07-04', 12, [31, 32, 33, 33, 32], 55) }), profile(), []);
    expect(hot.safety.map((s) => s.id)).toContain('heat-illness-signs');
    expect(hot.legs.every((l) => l.heatFlag === 'black')).toBe(true);
    expect(hot.safety.map((s) => s.id)).not.toContain('cold');
    const cold = planRace(flatMarathon({ start: '2026-01-04T08:00', weather: forecast('2026-01-04', 7, [-6, -5, -4, -3, -2], 80) }), profile(), []);
    expect(cold.safety.map((s) => s.id)).toContain('cold');
    expect(cold.safety.map((s) => s.id)).not.toContain('heat-illness-signs');
    expect(cold.legs[0]?.heatFlag).toBe('white');
  });
});
