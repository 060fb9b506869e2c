// Effort from the shape of the session: Minetti et al. 2002 (J Appl Physiol 93:1039–1046) gradient
// costs for the speed stream's bins and, without it, for the climbing.
import { describe, expect, it } from 'vitest';
import type { MovementBin } from '../../src/core/activity';
import { sessionEffort } from '../../src/core/effort';
import { heartRateLine } from '../../src/core/heart-rate-effort';
import { analyze } from '../../src/core/index';
import { sessionPower } from '../../src/core/metabolic';
import { hillFactor, movementVo2, runningGradeFactor, walkingGradeFactor } from '../../src/core/movement-cost';
import { runningCost, walkingCost } from '../../src/core/grade-cost';
import { profile, run } from './helpers';

const power = (a: Partial<Parameters<typeof sessionPower>[0]>) =>
  sessionPower({ sport: 'run', durationS: 3600, distanceM: null, elevationGainM: 0, calories: null, energyKj: null, ...a }, 70);
const sweat = (a: Parameters<typeof run>[0]) => analyze(run(a), profile()).estimates;

describe('Minetti 2002 gradient costs', () => {
  it('the polynomials give, by hand, Cr 3.600 / 5.968 / 2.152 / 12.579 and Cw 2.500 / 4.899 / 1.127 / 11.184 J/kg/m at 0, +0.1, −0.1, +0.3', () => {
    // Cr(0.1) = 155.4e-5 − 30.4e-4 − 43.3e-3 + 46.3e-2 + 1.95 + 3.6 = 5.968; Cr(−0.1) flips the odd terms: 2.152.
    for (const [i, cr, cw] of [[0, 3.6, 2.5], [0.1, 5.968, 4.899], [-0.1, 2.152, 1.127], [0.3, 12.579, 11.184]] as const) {
      expect(runningCost(i)).toBeCloseTo(cr, 2);
      expect(walkingCost(i)).toBeCloseTo(cw, 2);
    }
  });

  it("lie within one SD of the paper's measured costs (abstract: Cr 3.40 ± 0.24 level, 18.93 ± 1.74 at +0.45, 1.73 ± 0.36 at −0.20, 3.92 ± 0.81 at −0.45)", () => {
    for (const [i, mean, sd] of [[0, 3.4, 0.24], [0.45, 18.93, 1.74], [-0.2, 1.73, 0.36], [-0.45, 3.92, 0.81]] as const) expect(Math.abs(runningCost(i) - mean)).toBeLessThanOrEqual(sd);
    // Walking: 17.33 ± 1.11 at +0.45, 0.81 ± 0.37 at −0.10, 3.46 ± 0.95 at −0.45. The fit's level 2.5 is above the
    // measured minimum (1.64 ± 0.50 at 1 m/s): only the gradient factor is used, the level cost is ACSM's.
    for (const [i, mean, sd] of [[0.45, 17.33, 1.11], [-0.1, 0.81, 0.37], [-0.45, 3.46, 0.95]] as const) expect(Math.abs(walkingCost(i) - mean)).toBeLessThanOrEqual(sd);
  });

  it('gradient factors: level 1, +10 % running 5.968 / 3.6 = 1.658, beyond ±45 % held at ±45 %', () => {
    expect(runningGradeFactor(0)).toBe(1);
    expect(runningGradeFactor(0.1)).toBeCloseTo(1.658, 3);
    expect(walkingGradeFactor(-0.1)).toBeCloseTo(1.127 / 2.5, 3);
    expect(runningGradeFactor(0.9)).toBe(runningGradeFactor(0.45));
  });
});

describe('a walk-run mix costs more than its mean speed', () => {
  const mix: MovementBin[] = [{ speedMs: 2.5, grade: 0, seconds: 1800 }, { speedMs: 1.2, grade: 0, seconds: 1800 }];
  const mean = { distanceM: 1.85 * 3600 };

  it('by 22.1 / 18.19 = 1.215 (ACSM level costs, flat)', () => {
    // Bins: ½(3.5 + 0.2·150) + ½(3.5 + 0.1·72) = 22.1 mL/kg/min. Mean 1.85 m/s = 111 m/min, running share
    // (111 − 100) / 34 = 0.3235: 3.5 + (0.3235·0.2 + 0.6765·0.1)·111 = 18.19 mL/kg/min.
    expect(movementVo2(mix)).toBeCloseTo(22.1, 6);
    const ratio = power({ ...mean, movement: mix }).metabolicW / power(mean).metabolicW;
    expect(ratio).toBeCloseTo(22.1 / 18.19, 2);
    expect(ratio).toBeGreaterThan(1.15);
  });

  it('reaches the sweat estimate, and the "why" names the speed stream', () => {
    const withMix = sweat({ ...mean, movement: mix });
    expect(withMix.sweatRateLph.value).toBeGreaterThan(sweat(mean).sweatRateLph.value);
    expect(withMix.sweatWhy).toMatch(/Effort from the pace mix from the speed stream/);
  });

  it('a climbing bin costs more than the same bin on the flat; a damaged list is ignored, not the activity', () => {
    expect(movementVo2([{ speedMs: 2.5, grade: 0.1, seconds: 60 }])).toBeGreaterThan(movementVo2([{ speedMs: 2.5, grade: 0, seconds: 60 }]) as number);
    const damaged = sweat({ ...mean, movement: [{ speedMs: 2.5, grade: 0.9, seconds: 60 }] as MovementBin[] });
    expect(damaged.sweatRateLph).toEqual(sweat(mean).sweatRateLph);
  });

  it('rides are not changed by bins', () => {
    const ride = { sport: 'ride', distanceM: 30_000, energyKj: 900 };
    expect(power({ ...ride, movement: mix })).toEqual(power(ride));
  });

  it("the runner's own heart-rate line beats the mix; hotter never sweats less with it", () => {
    const flat = [2.5, 2.8, 3.1, 3.4].map((v, i) => run({ id: `f${i}`, distanceM: v * 3600, elevationGainM: 10, avgHeartRate: 135 + 10 * i }));
    const fast: MovementBin[] = [{ speedMs: 3.5, grade: 0, seconds: 1800 }, { speedMs: 1.2, grade: 0, seconds: 1800 }];
    const input = { sport: 'run', durationS: 3600, distanceM: 2.35 * 3600, elevationGainM: 0, calories: null, energyKj: null, avgHeartRate: 150, female: false };
    expect(sessionEffort({ ...input, movement: fast }, 70, heartRateLine(flat)).from).toBe('heart-rate');
    expect(sessionEffort(input, 70, heartRateLine(flat)).from).toBe('speed');
    const at = (t: number) => sweat({ ...mean, movement: mix, temperatureC: t }).sweatRateLph.value;
    expect(at(20)).toBeGreaterThanOrEqual(at(10));
    expect(at(30)).toBeGreaterThanOrEqual(at(20));
  });
});

describe('without the streams, climbing from the elevation gain', () => {
  it('500 m over 10 km: half up, half down at 10 %, (5.968 + 2.152) / 2 / 3.6 = 1.128 times the level cost', () => {
    expect(hillFactor(500, 10_000, false)).toBeCloseTo(1.128, 3);
    // Steeper than ±45 % allows (1,800 m over 4 km): more slope metres at 45 %, so more gain still costs more.
    expect(hillFactor(1800, 4000, true)).toBeGreaterThan(hillFactor(1200, 4000, true));
    // 3.5 + 0.2·1.128·166.67 = 41.09 against 3.5 + 0.2·166.67 = 36.83 mL/kg/min
    expect(power({ distanceM: 10_000, elevationGainM: 500 }).metabolicW / power({ distanceM: 10_000 }).metabolicW).toBeCloseTo(41.09 / 36.83, 2);
  });

  it('a hilly run sweats more than a flat one at the same average speed; the "why" says pace and climbing', () => {
    expect(sweat({ elevationGainM: 500 }).sweatRateLph.value).toBeGreaterThan(sweat({}).sweatRateLph.value);
    expect(sweat({ elevationGainM: 500 }).sweatWhy).toMatch(/Effort from pace and climbing/);
  });
});
