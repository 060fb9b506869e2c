import { describe, expect, test } from 'vitest';
import { planRace } from '../../../src/core/index';
import { profile } from '../helpers';
import { expectSafePlan, flatMarathon } from './race-helpers';

describe('planRace: legs between stations', () => {
  test('one leg from the start to each station and from the last station to the finish, stations sorted', () => {
    const plan = planRace(flatMarathon({ stations: [{ atM: 30_000 }, { atM: 10_000 }, { atM: 20_000 }] }), profile(), []);
    expect(plan.legs.map((l) => [l.fromM, l.toM])).toEqual([
      [0, 10_000],
      [10_000, 20_000],
      [20_000, 30_000],
      [30_000, 42_195],
    ]);
    expect(plan.invalid).toEqual([]);
    expectSafePlan(plan);
  });

  test('no stations: one leg over the whole course', () => {
    const plan = planRace(flatMarathon({ stations: [] }), profile(), []);
    expect(plan.legs.map((l) => [l.fromM, l.toM, l.startS, l.endS])).toEqual([[0, 42_195, 0, 3.5 * 3600]]);
  });

  test.each([[-100], [0], [42_195], [50_000], [Number.NaN]])('a station at %s m is set aside in invalid, never thrown', (atM) => {
    const plan = planRace(flatMarathon({ stations: [{ atM: 10_000 }, { atM }] }), profile(), []);
    expect(plan.legs.map((l) => l.toM)).toEqual([10_000, 42_195]);
    expect(plan.invalid).toHaveLength(1);
    expect(plan.invalid[0]?.field).toBe('stations.1');
    expect(plan.invalid[0]?.message).toMatch(/aid station/);
  });

  test.each([
    ['goalTimeS', { goalTimeS: 0 }],
    ['goalTimeS', { goalTimeS: Number.POSITIVE_INFINITY }],
    ['course.distanceM', { course: { distanceM: -5 } }],
    ['start', { start: '2026-10-04' }],
    ['start', { start: 'tomorrow' }],
  ])('an unusable %s gives an empty plan and a note, never a throw', (field, bad) => {
    const plan = planRace({ ...flatMarathon(), ...bad } as never, profile(), []);
    expect(plan.legs).toEqual([]);
    expect(plan.totals).toEqual({ fluidMl: 0, sodiumMg: 0, carbsG: 0 });
    expect(plan.invalid.map((n) => n.field)).toContain(field);
  });

  test('garbage in place of a race or a profile does not throw', () => {
    expect(planRace(null as never, null as never, null as never).legs).toEqual([]);
    expect(planRace({ ...flatMarathon(), stations: 'x', weather: [null, 3] } as never, profile(), []).legs).toHaveLength(1);
  });

  test('the invalid notes are in the runner language', () => {
    const plan = planRace(flatMarathon({ goalTimeS: -1 }), profile({ language: 'de' }), []);
    expect(plan.invalid[0]?.message).toMatch(/Zielzeit/);
  });
});
