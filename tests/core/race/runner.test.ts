import { describe, expect, test } from 'vitest';
import { planRace } from '../../../src/core/index';
import { pastRun, profile } from '../helpers';
import { expectSafePlan, flatMarathon, forecast } from './race-helpers';

const warm = () => flatMarathon({ start: '2026-10-04T09:00', weather: forecast('2026-10-04', 8, [20, 21, 22, 23, 24]) });

describe("planRace: the runner's own numbers", () => {
  test('a measured sweat rate is used (basis measured) and a heavy sweater may drink more than a predicted runner, still under the low end', () => {
    const predicted = planRace(warm(), profile(), []);
    const measured = planRace(warm(), profile({ sweatRateLph: 1.8 }), []);
    expect(predicted.sweatRateLph.basis).toBe('predicted');
    expect(measured.sweatRateLph.basis).toBe('measured');
    expect(measured.sweatRateLph.value).toBeGreaterThan(predicted.sweatRateLph.value);
    expect(measured.totals.fluidMl).toBeGreaterThan(predicted.totals.fluidMl);
    expectSafePlan(measured);
  });

  test('weigh-ins (sweat tests) are the personal basis', () => {
    const tests = [{ date: '2026-09-01', preKg: 70, postKg: 68.8, drankL: 0.3, durationH: 1.5, temperatureC: 20, humidityPct: 50, distanceM: 18_000 }];
    const plan = planRace(warm(), profile({ sweatTests: tests }), []);
    expect(plan.sweatRateLph.basis).toBe('personal');
    expectSafePlan(plan);
  });

  test('a measured sodium concentration changes the sodium', () => {
    const low = planRace(flatMarathon(), profile({ sweatSodiumMgPerL: 400 }), []);
    const high = planRace(flatMarathon(), profile({ sweatSodiumMgPerL: 1800 }), []);
    expect(high.totals.sodiumMg).toBeGreaterThan(low.totals.sodiumMg);
  });

  test('cramp history: the first legs (first third of the course) say hold back, with the pacing note; the later ones do not', () => {
    const plan = planRace(flatMarathon(), profile({ crampHistory: 'sometimes' }), []);
    expect(plan.legs.filter((l) => l.holdBack).map((l) => l.fromM)).toEqual([0, 5000, 10_000]);
    const note = plan.safety.find((s) => s.id === 'hold-back');
    expect(note?.text).toMatch(/first legs/);
    const none = planRace(flatMarathon(), profile({ crampHistory: 'never' }), []);
    expect(none.legs.some((l) => l.holdBack)).toBe(false);
    expect(none.safety.map((s) => s.id)).not.toContain('hold-back');
  });

  test('a cramp logged on a past run counts as cramp history; one logged after the race date does not', () => {
    const before = pastRun(0, 30_000, 10_800, { startTime: '2026-09-20T08:00', cramp: { cramped: true } });
    expect(planRace(flatMarathon(), profile(), [before]).legs[0]?.holdBack).toBe(true);
    const after = { ...before, startTime: '2026-10-10T08:00' };
    expect(planRace(flatMarathon(), profile(), [after]).legs[0]?.holdBack).toBeUndefined();
  });

  test('cramping often adds the see-a-doctor note', () => {
    expect(planRace(flatMarathon(), profile({ crampHistory: 'often' }), []).safety.map((s) => s.id)).toContain('see-a-doctor');
  });
});

describe('planRace: items a runner can carry', () => {
  // As the options store them (ProductSchema): every per-serving amount present.
  const products = [
    { name: 'Maurten 100', kind: 'gel', volumeMl: 0, carbsG: 25, sodiumMg: 0 },
    { name: 'SaltStick', kind: 'capsule', volumeMl: 0, carbsG: 0, sodiumMg: 215 },
  ];

  test("the runner's products are named, in whole servings that never add up to more than the plan", () => {
    const plan = planRace(flatMarathon({ goalTimeS: 3 * 3600 }), { ...profile(), products } as never, []);
    const count = (name: string) => plan.legs.reduce((s, l) => s + (l.items.find((i) => i.name === name)?.count ?? 0), 0);
    expect(count('Maurten 100')).toBeGreaterThan(0);
    expect(count('Maurten 100') * 25).toBeLessThanOrEqual(plan.totals.carbsG);
    expect(count('Maurten 100') * 25).toBeGreaterThan(plan.totals.carbsG - 25);
    expect(count('SaltStick') * 215).toBeLessThanOrEqual(plan.totals.sodiumMg);
    expect(count('gel')).toBe(0);
  });

  test('never more than one gel or capsule per 15 min of a leg, and at most two flasks between stations', () => {
    const plan = planRace(flatMarathon({ goalTimeS: 3 * 3600, stations: [{ atM: 2000 }, { atM: 40_000 }] }), { ...profile({ sweatRateLph: 2.2 }), products } as never, []);
    for (const leg of plan.legs) {
      const quarters = Math.max(1, Math.ceil((leg.endS - leg.startS) / 900));
      for (const item of leg.items) {
        if (item.name.startsWith('flask')) expect(item.count).toBeLessThanOrEqual(2);
        else expect(item.count).toBeLessThanOrEqual(quarters);
      }
    }
  });

  test('without products: generic kinds; a station offering gels and water says so', () => {
    const plan = planRace(flatMarathon({ goalTimeS: 3 * 3600, stations: [{ atM: 10_000, offers: ['water', 'gel'] }, { atM: 20_000 }] }), profile(), []);
    const names = plan.legs.map((l) => l.items.map((i) => i.name));
    expect(names[0]).toContain('flask 500 mL, filled at the start');
    expect(names[0]).toContain('gel');
    expect(names[1]).toContain('gel from the station');
    expect(names[1]).toContain('flask 500 mL, filled at the station');
    expect(names[2]).toContain('flask 500 mL, filled at the start');
  });

  test('only the products picked for the race (carry) are scheduled; none picked: generic kinds', () => {
    const twoGels = [...products, { name: 'Spring Awesome Sauce', kind: 'food', volumeMl: 0, carbsG: 45, sodiumMg: 20 }];
    const names = (carry?: string[]) => new Set(planRace(flatMarathon({ goalTimeS: 3 * 3600, ...(carry ? { carry } : {}) }), { ...profile(), products: twoGels } as never, []).legs.flatMap((l) => l.items.map((i) => i.name)));
    // Without a pick, the first fuel of the list (as before); picking the second names it instead.
    expect(names()).toContain('Maurten 100');
    const picked = names(['Spring Awesome Sauce', 'SaltStick']);
    expect(picked).toContain('Spring Awesome Sauce');
    expect(picked).not.toContain('Maurten 100');
    expect(picked).toContain('SaltStick');
    const none = names([]);
    expect(none).toContain('gel');
    expect(none).toContain('salt capsule');
    expect(none).not.toContain('SaltStick');
  });

  test('a broken products list falls back to generic kinds', () => {
    const plan = planRace(flatMarathon({ goalTimeS: 3 * 3600 }), { ...profile(), products: [null, { name: '', kind: 'gel' }, { name: 'X', kind: 'pill' }] } as never, []);
    expect(plan.legs[0]?.items.map((i) => i.name)).toContain('gel');
  });
});
