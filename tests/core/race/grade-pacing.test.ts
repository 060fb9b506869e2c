import { describe, expect, test } from 'vitest';
import { planRace, runningCost, walkingCost } from '../../../src/core/index';
import { profile } from '../helpers';

/** 10 km: 5 km climbing 250 m (5 %), then 5 km descending it; a station at the top. */
const upAndDown = { distanceM: 10_000, points: [0, 5000, 10_000].map((atM, i) => ({ atM, eleM: i === 1 ? 350 : 100 })) };

describe('planRace: the goal time spread by gradient (Minetti 2002)', () => {
  test("Minetti's cost of running: 3.6 J/kg/m on the flat, more uphill, less on moderate descents, more again when steep", () => {
    expect(runningCost(0)).toBeCloseTo(3.6, 5);
    expect(runningCost(0.1)).toBeGreaterThan(runningCost(0));
    expect(runningCost(-0.1)).toBeLessThan(runningCost(0));
    expect(runningCost(-0.45)).toBeGreaterThan(runningCost(-0.2));
    expect(walkingCost(0)).toBeCloseTo(2.5, 5);
    // Published values at +10 %: running 5.97, walking 4.82 J/kg/m (within rounding of the polynomials).
    expect(runningCost(0.1)).toBeCloseTo(5.97, 1);
  });

  test('the climbing leg takes longer than the descending leg of the same length; the legs add up to the goal', () => {
    const plan = planRace({ course: upAndDown, goalTimeS: 3600, start: '2026-10-04T09:00', stations: [{ atM: 5000 }] }, profile(), []);
    const [up, down] = plan.legs;
    expect(up && down && up.endS - up.startS).toBeGreaterThan(down ? (down.endS - down.startS) * 1.3 : Number.POSITIVE_INFINITY);
    expect(plan.legs.at(-1)?.endS).toBe(3600);
  });

  test('on a flat course equal distances take equal time (not spread by anything else)', () => {
    const flat = { distanceM: 10_000, points: [0, 10_000].map((atM) => ({ atM, eleM: 100 })) };
    const plan = planRace({ course: flat, goalTimeS: 3600, start: '2026-10-04T09:00', stations: [{ atM: 5000 }] }, profile(), []);
    expect(plan.legs.map((l) => l.endS - l.startS)).toEqual([1800, 1800]);
  });

  test('without a profile the course is taken as flat', () => {
    const plan = planRace({ course: { distanceM: 10_000 }, goalTimeS: 3000, start: '2026-10-04T09:00', stations: [{ atM: 2000 }] }, profile(), []);
    expect(plan.legs.map((l) => l.endS - l.startS)).toEqual([600, 2400]);
  });
});
