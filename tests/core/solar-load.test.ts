import { describe, expect, it } from 'vitest';
import { projectedAreaFactor, radiantTemperatureC, solarLoadWm2 } from '../../src/core/solar-load';

describe('the sun on a runner', () => {
  it('uses the standing-person projected-area factor: 0.308 with the sun on the horizon, small with it overhead (Fanger 1970)', () => {
    expect(projectedAreaFactor(0)).toBeCloseTo(0.308, 3);
    // 0.308·cos(90·(0.998 − 8100/50000) degrees) = 0.308·cos(75.24°)
    expect(projectedAreaFactor(90)).toBeCloseTo(0.308 * Math.cos((75.24 * Math.PI) / 180), 3);
    expect(projectedAreaFactor(30)).toBeGreaterThan(projectedAreaFactor(60));
  });

  it('absorbs nothing at night or with no light', () => {
    expect(solarLoadWm2(0, 0.8)).toBe(0);
    expect(solarLoadWm2(300, -0.1)).toBe(0);
    expect(radiantTemperatureC(24, 0)).toBe(24);
  });

  it('puts the clear midsummer noon sun at a mean radiant temperature of 50–65 °C, as measured in European cities (Thorsson et al. 2007; Lindberg et al. 2008)', () => {
    // Gothenburg/Berlin-like noon in June: sun ≈ 60° high, 800 W/m² global, 24 °C air.
    const load = solarLoadWm2(800, Math.sin((60 * Math.PI) / 180));
    const tmrt = radiantTemperatureC(24, load);
    expect(tmrt).toBeGreaterThan(50);
    expect(tmrt).toBeLessThan(65);
  });

  it('more light means more load, at any height of the sun', () => {
    for (const cz of [0.2, 0.5, 0.9]) expect(solarLoadWm2(600 * cz + 100, cz)).toBeGreaterThan(solarLoadWm2(300 * cz, cz));
  });
});
