import { describe, expect, it } from 'vitest';
import { acsmRunningVo2, acsmWalkingVo2, kcalToWatts, rideWatts, sessionPower, vo2ToWatts } from '../../src/core/metabolic';

const base = { sport: 'run', durationS: 3600, distanceM: null, elevationGainM: 0, calories: null, energyKj: null };

describe('metabolic', () => {
  it.each([
    [200, 0, 43.5], // science.md §9 case 2
    [186, 0, 40.7],
    [200, 0.05, 52.5],
  ])('ACSM running %d m/min grade %f → %f mL/kg/min', (s, g, vo2) => {
    expect(acsmRunningVo2(s, g)).toBeCloseTo(vo2, 3);
  });

  it('ACSM walking 100 m/min level → 13.5 mL/kg/min', () => {
    expect(acsmWalkingVo2(100, 0)).toBeCloseTo(13.5, 3);
  });

  it('converts VO2 to watts at 20.9 J/mL', () => {
    expect(vo2ToWatts(40.7, 70)).toBeCloseTo(992.4, 1);
  });

  it('rides: 720 kJ in 1 h at 22 % gross efficiency → 200 W work, 909 W metabolic', () => {
    const r = rideWatts(720, 3600);
    expect(r.externalWorkW).toBeCloseTo(200, 3);
    expect(r.metabolicW).toBeCloseTo(909.1, 1);
  });

  it('calories: 600 kcal in 1 h ≈ 697 W', () => {
    expect(kcalToWatts(600, 3600)).toBeCloseTo(697.3, 1);
  });

  it.each([
    [{ ...base, distanceM: 10_000 }, 'speed', 898],
    [{ ...base, sport: 'ride', energyKj: 720 }, 'work', 909],
    [{ ...base, calories: 700 }, 'calories', 814],
    [{ ...base, calories: 5 }, 'typical', 857], // implausibly low calories: typical 10 METs
    [{ ...base, durationS: 0 }, 'typical', 857],
  ] as const)('sessionPower %o uses %s', (input, from, watts) => {
    const p = sessionPower(input, 70);
    expect(p.from).toBe(from);
    expect(p.metabolicW).toBeCloseTo(watts, -1);
  });
});
