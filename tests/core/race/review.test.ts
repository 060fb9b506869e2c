import { describe, expect, test } from 'vitest';
import { matchRace, type PlannedRace, plannedRace, reviewRace } from '../../../src/core/race/review';
import { planRace, raceInput, type SavedRace } from '../../../src/core/index';
import { profile } from '../helpers';

const race: SavedRace = {
  name: 'Lower Manhattan 15K',
  course: { distanceM: 15_000, points: [] },
  date: '2026-10-04',
  time: '08:30',
  goalTimeS: 4800,
  sport: 'run',
  stations: [{ atM: 7500, offers: ['water'] }],
};
const planned: PlannedRace = {
  name: race.name,
  goalTimeS: 4800,
  distanceM: 15_000,
  legs: [
    { fromM: 0, toM: 7500, startS: 0, endS: 2400 },
    { fromM: 7500, toM: 15_000, startS: 2400, endS: 4800 },
  ],
  totals: { fluidMl: 600, sodiumMg: 400, carbsG: 60 },
};

describe('after the race: which activity is the race', () => {
  test("the runner's activity on the race date, roughly the course's distance", () => {
    expect(matchRace([race], { startTime: '2026-10-04T08:31:00', distanceM: 15_210 })?.name).toBe(race.name);
    expect(matchRace([race], { startTime: '2026-10-05T08:31:00', distanceM: 15_000 })).toBeNull();
    expect(matchRace([race], { startTime: '2026-10-04T17:00:00', distanceM: 5_000 })).toBeNull();
    expect(matchRace([race], { startTime: '2026-10-04T08:31:00' })).toBeNull();
  });

  test("the plan is kept as the panel needs it, with the engine's own legs and totals", () => {
    const plan = planRace(raceInput(race), profile(), []);
    const kept = plannedRace(race, plan);
    expect(kept.legs.map((l) => [l.fromM, l.toM])).toEqual([
      [0, 7500],
      [7500, 15_000],
    ]);
    expect(kept.totals).toEqual(plan.totals);
  });
});

describe('after the race: planned against what happened', () => {
  test('without splits: the total time against the goal, no legs', () => {
    const review = reviewRace(planned, { elapsedS: 5100, movingS: 5000 });
    expect(review.tookS).toBe(5100);
    expect(review.goalS).toBe(4800);
    expect(review.legs).toBeNull();
    expect(review.intake).toBeNull();
    expect(reviewRace(planned, { movingS: 5000 }).tookS).toBe(5000);
  });

  test('with splits: time per leg, the watch distance scaled to the course', () => {
    // Per km from a watch that measured 15.15 km: the first half at 5:00/km, the second at 5:40/km.
    const splits = Array.from({ length: 15 }, (_, i) => ({ atM: (i + 1) * 1010, elapsedS: i < 7 ? (i + 1) * 300 : 2100 + (i - 6) * 340 }));
    splits.splice(7, 0, { atM: 7.5 * 1010, elapsedS: 2250 });
    const review = reviewRace(planned, { elapsedS: 4820, splits });
    expect(review.legs).toEqual([
      { fromM: 0, toM: 7500, plannedS: 2400, tookS: 2250 },
      { fromM: 7500, toM: 15_000, plannedS: 2400, tookS: 2570 },
    ]);
  });

  test('intake: what was logged against the plan; an amount not logged stays null', () => {
    const review = reviewRace(planned, { elapsedS: 4800, intake: { fluidMl: 450, carbsG: 75 } });
    expect(review.intake).toEqual({ fluidMl: { planned: 600, logged: 450 }, sodiumMg: { planned: 400, logged: null }, carbsG: { planned: 60, logged: 75 } });
    expect(reviewRace(planned, { elapsedS: 4800, intake: {} }).intake).toBeNull();
  });
});
