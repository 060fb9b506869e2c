import { describe, expect, it } from 'vitest';
import { afterFluid, allowedLossFraction, beforeFluid, duringFluid } from '../../src/core/fluid';

describe('fluid plan', () => {
  it.each([
    [70, 350, 500],
    [55, 300, 400],
    [90, 450, 650],
  ])('before: %d kg → %d–%d mL (5–7 mL/kg, nearest 50 mL)', (kg, low, high) => {
    expect(beforeFluid(kg)).toMatchObject({ fluidMl: low, fluidMlHigh: high });
  });

  it.each([
    // minutes, sweat mL/h, low end mL/h, kg, strategy → mL/h, sip every, sip mL
    [30, 1200, 900, 70, 'schedule', 0, null, null],
    [45, 1200, 900, 70, 'schedule', 0, null, null],
    [60, 1000, 700, 70, 'schedule', 600, 15, 150], // 60 % of sweat: 150 mL every 15 min
    [150, 1000, 700, 70, 'schedule', 600, 15, 150], // 60 % of sweat stays under the low end
    [180, 1500, 1050, 70, 'schedule', 1000, 15, 250], // capped at ~1 L/h gut limit
    [120, 500, 350, 70, 'schedule', 300, 20, 100], // never more than the low end
    [120, 1000, 400, 70, 'schedule', 400, 15, 100], // the low end caps what the deficit would ask for
  ] as const)('%d min at %d mL/h sweat (low %d), %d kg, %s → %d mL/h', (min, sweat, low, kg, strategy, perH, every, sip) => {
    const d = duringFluid({ minutes: min, sweatMlPerH: sweat, sweatLowMlPerH: low, massKg: kg, strategy });
    expect(d).toMatchObject({ fluidMlPerH: perH, sipEveryMin: every, sipMl: sip });
    expect(d.fluidMlPerH).toBeLessThanOrEqual(low);
  });

  it('thirst: the low end is a ceiling with no sip schedule (issue 11.1)', () => {
    const d = duringFluid({ minutes: 330, sweatMlPerH: 540, sweatLowMlPerH: 240, massKg: 55, strategy: 'thirst' });
    expect(d).toEqual({ fluidMlPerH: 200, strategy: 'thirst', sipEveryMin: null, sipMl: null });
  });

  it('a schedule too small for one 50 mL sip becomes drink-to-thirst', () => {
    expect(duringFluid({ minutes: 90, sweatMlPerH: 300, sweatLowMlPerH: 120, massKg: 70, strategy: 'schedule' })).toMatchObject({ strategy: 'thirst', sipMl: null });
  });

  it('long events may plan a 2–3 % mass loss (metabolic and glycogen water)', () => {
    expect(allowedLossFraction(90)).toBe(0.02);
    expect(allowedLossFraction(180)).toBeCloseTo(0.025, 6);
    expect(allowedLossFraction(300)).toBe(0.03);
    // 4 h at 1.0 L/h: a 3 % loss of 70 kg leaves 475 mL/h to drink; the comfort 60 % (600) then rules
    const longRun = duringFluid({ minutes: 240, sweatMlPerH: 1000, sweatLowMlPerH: 900, massKg: 70, strategy: 'schedule' });
    const at2pct = Math.max(600, (1000 * 4 - 0.02 * 70_000) / 4);
    expect(longRun.fluidMlPerH).toBeLessThan(at2pct);
  });

  it('after: 1.25–1.5 L per kg still missing', () => {
    expect(afterFluid(1400)).toEqual({ fluidMl: 1750, fluidMlHigh: 2100 });
    expect(afterFluid(-200)).toEqual({ fluidMl: 0, fluidMlHigh: 0 });
  });
});
