import { describe, expect, it } from 'vitest';
import { clothingClo } from '../../src/core/heat-balance';
import { sessionPower } from '../../src/core/metabolic';
import { floorFraction, modelSweat } from '../../src/core/sweat-model';

describe('the sweat model (issue 11.4)', () => {
  it('dresses for the weather and lowers the floor in the cold', () => {
    expect(clothingClo(25)).toBe(0.1);
    expect(clothingClo(0)).toBeGreaterThan(clothingClo(10));
    expect(clothingClo(-20)).toBe(clothingClo(-10));
    expect(floorFraction(5)).toBe(0.5);
    expect(floorFraction(-5)).toBeLessThan(floorFraction(5));
    // the floor rises with heat, so it never hides the temperature at a fixed effort
    expect(floorFraction(25)).toBeGreaterThan(floorFraction(15));
  });

  it('a hotter day never predicts less sweat, on a grid of sports, speeds, masses and humidities', () => {
    const steps: string[] = [];
    for (const sport of ['run', 'walk', 'ride', 'other']) {
      for (const v of [1, 1.5, 2, 2.5, 3, 4, 5, 5.5]) {
        for (const m of [40, 70, 120]) {
          for (const rh of [0, 30, 60, 100]) {
            const power = sessionPower({ sport, durationS: 3600, distanceM: v * 3600, elevationGainM: 0, calories: null, energyKj: null }, m);
            let prev = 0;
            for (let t = -30; t <= 50; t += 0.5) {
              const x = modelSweat({ power, massKg: m, heightCm: 175, temperatureC: t, humidityPct: rh }).lph;
              if (x < prev - 1e-9) steps.push(`${sport} ${v} m/s ${m} kg ${rh} % at ${t} °C`);
              prev = x;
            }
          }
        }
      }
    }
    expect(steps).toEqual([]);
  });
});
