import { describe, expect, it } from 'vitest';
import { drinkingStrategy, hyponatremiaProfile, isWalking } from '../../src/core/fluid-strategy';
import { analyze } from '../../src/core/index';
import { DEFAULT_SODIUM_MG_PER_L, sweatSodiumMgPerL } from '../../src/core/sodium';
import { profile, run } from './helpers';

describe('guards and wording', () => {
  it('the heat-illness note comes whenever the heat is uncompensable, even at a yellow flag', () => {
    // a hard run at 24 °C in dry air reads yellow, yet needs more sweat than the body can make
    const a = analyze(run({ movingS: 3600, distanceM: 18_000, temperatureC: 26, humidityPct: 25 }), profile({ bodyMassKg: 95, heightCm: 175 }));
    if (a.estimates.uncompensable) expect(a.safety.map((n) => n.id)).toContain('heat-illness-signs');
    const found = [20, 22, 24, 26].some((t) => {
      const r = analyze(run({ movingS: 3600, distanceM: 20_000, temperatureC: t, humidityPct: 30 }), profile({ bodyMassKg: 100 }));
      return r.estimates.uncompensable === true && r.estimates.heatFlag === 'yellow' && r.safety.some((n) => n.id === 'heat-illness-signs');
    });
    expect(found).toBe(true);
  });

  it('one 4 h boundary: at exactly 4 h the hyponatremia profile, the note and drinking to thirst agree', () => {
    const p = { minutes: 240, speedMs: 3, massKg: 75, female: false, sport: 'run', hot: false };
    expect(hyponatremiaProfile(p)).toBe(true);
    expect(drinkingStrategy(p)).toBe('thirst');
    const a = analyze(run({ movingS: 4 * 3600, distanceM: 4 * 3600 * 3, temperatureC: 18 }), profile());
    expect(a.safety.map((n) => n.id)).toContain('hyponatremia-signs');
  });

  it('no walking rule on a bike: a slow climb on a ride is not a walk', () => {
    expect(isWalking({ sport: 'ride', speedMs: 1.5 })).toBe(false);
    expect(isWalking({ sport: 'run', speedMs: 1.5 })).toBe(true);
  });

  it('the default sweat sodium follows the sex when known (Lara 2016), the band unchanged', () => {
    expect(sweatSodiumMgPerL(null, false, 'female').value).toBe(Math.round(33.9 * 22.99));
    expect(sweatSodiumMgPerL(null, false, 'male').value).toBe(Math.round(44.0 * 22.99));
    expect(sweatSodiumMgPerL(null, false)).toEqual(DEFAULT_SODIUM_MG_PER_L);
    const woman = analyze(run({ temperatureC: 20 }), profile({ sex: 'female' })).estimates.sodiumLossMg.value;
    const man = analyze(run({ temperatureC: 20 }), profile({ sex: 'male' })).estimates.sodiumLossMg.value;
    expect(man).toBeGreaterThan(woman);
  });

  it('recovery carbohydrate is per hour for up to 4 h, and only when training again within 8 h', () => {
    const a = analyze(run({ movingS: 2.5 * 3600, distanceM: 30_000, temperatureC: 18 }), profile({ bodyMassKg: 70 }));
    const fuel = a.findings.find((f) => f.id === 'fuel-gap');
    const text = JSON.stringify(fuel);
    expect(text).toMatch(/per hour for up to 4 h/);
    expect(text).toMatch(/if you train again within 8 h/);
  });
});

describe('cold: wind chill with the runner’s own speed', () => {
  it('at −25 °C a 3 m/s run makes a wind chill near −33 °C: the frostbite note, even on a short run', async () => {
    const { windChillC } = await import('../../src/core/wind-chill');
    expect(windChillC(-25, 3)).toBeCloseTo(-33.6, 0);
    const a = analyze(run({ movingS: 1800, distanceM: 5400, temperatureC: -25, humidityPct: 60 }), profile());
    const note = a.safety.find((n) => n.id === 'frostbite');
    expect(note?.text).toMatch(/−34 °C|-34 °C/);
    expect(note?.sources.join()).toMatch(/Castellani/);
    // −10 °C at the same speed is about −16 °C wind chill: no frostbite note
    expect(analyze(run({ movingS: 1800, distanceM: 5400, temperatureC: -10 }), profile()).safety.map((n) => n.id)).not.toContain('frostbite');
  });
});
