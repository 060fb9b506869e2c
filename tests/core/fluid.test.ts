import { describe, expect, it } from 'vitest';
import { afterFluid, beforeFluid, duringFluid } from '../../src/core/fluid';

describe('fluid plan', () => {
  it.each([
    [70, 350, 500],
    [55, 300, 400],
    [90, 450, 650],
  ])('before: %d kg → %d–%d mL (5–7 mL/kg, nearest 50 mL)', (kg, low, high) => {
    expect(beforeFluid(kg)).toMatchObject({ fluidMl: low, fluidMlHigh: high });
  });

  it.each([
    // minutes, sweat mL/h, kg → mL/h, sip every, sip mL
    [30, 1200, 70, 0, null, null],
    [45, 1200, 70, 0, null, null],
    [60, 1000, 70, 600, 15, 150], // 60 % of sweat: 150 mL every 15 min
    [240, 1000, 70, 750, 20, 250], // keeping the loss < 2 % of 70 kg over 4 h needs 650 mL/h
    [180, 1500, 70, 1000, 15, 250], // capped at ~1 L/h gut limit
    [120, 500, 70, 300, 20, 100], // never more than sweat
  ])('%d min at %d mL/h sweat, %d kg → %d mL/h', (min, sweat, kg, perH, every, sip) => {
    const d = duringFluid(min, sweat, kg);
    expect(d).toEqual({ fluidMlPerH: perH, sipEveryMin: every, sipMl: sip });
    expect(d.fluidMlPerH).toBeLessThanOrEqual(sweat);
  });

  it('after: 1.25–1.5 L per kg still missing', () => {
    expect(afterFluid(1400)).toEqual({ fluidMl: 1750, fluidMlHigh: 2100 });
    expect(afterFluid(-200)).toEqual({ fluidMl: 0, fluidMlHigh: 0 });
  });
});
