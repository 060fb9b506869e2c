import { describe, expect, it } from 'vitest';
import { duBoisM2, heatBalanceSweatLph, saturationKPa, sweatEfficiency, vapourPressureKPa } from '../../src/core/heat-balance';

describe('heat-balance pieces', () => {
  it.each([
    [70, 175, 1.848], // science.md §9 case 2
    [58, 165, 1.635],
    [90, 190, 2.183],
  ])('DuBois %d kg, %d cm → %f m²', (m, h, a) => {
    expect(duBoisM2(m, h)).toBeCloseTo(a, 3);
  });

  it.each([
    [0, 0.6105],
    [20, 2.338],
    [30, 4.243],
  ])('saturation vapour pressure at %d °C ≈ %f kPa', (t, p) => {
    expect(saturationKPa(t)).toBeCloseTo(p, 2);
  });

  it('ambient vapour pressure scales with humidity', () => {
    expect(vapourPressureKPa(24.4, 28)).toBeCloseTo(0.28 * saturationKPa(24.4), 6);
  });

  it.each([
    [0, 1],
    [0.6, 0.82],
    [1, 0.5],
    [1.5, 0.125],
    [2, 0.05],
  ])('sweat efficiency at wettedness %f is %f (ISO 7933, floor 0.05)', (w, eta) => {
    expect(sweatEfficiency(w)).toBeCloseTo(eta, 3);
  });

  it('Lara 2016 marathon conditions need ≈1 L/h before blending', () => {
    // 3.1 m/s level: ACSM VO2 40.7 mL/kg/min × 70 kg × 20.9 J/mL ÷ 60 = 992 W
    const lph = heatBalanceSweatLph({ metabolicW: 992, externalWorkW: 0, massKg: 70, heightCm: 175, temperatureC: 24.4, humidityPct: 28, airSpeedMs: 3.1 });
    expect(lph).toBeGreaterThan(0.9);
    expect(lph).toBeLessThan(1.15);
  });

  it('predicts almost nothing in the cold (hence the floor)', () => {
    const lph = heatBalanceSweatLph({ metabolicW: 963, externalWorkW: 0, massKg: 70, heightCm: 175, temperatureC: 7, humidityPct: 70, airSpeedMs: 3 });
    expect(lph).toBeLessThan(0.5); // a marathoner at 7 °C sweats ≈ 0.8 L/h
  });
});
