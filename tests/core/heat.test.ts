import { describe, expect, it } from 'vitest';
import { heatFlag, heatIndexF, wbgtC } from '../../src/core/index';

describe('heat', () => {
  it.each([
    // science.md §6 / §9 case 3
    [30, 70, 32.6, 'black'],
    [25, 60, 25.6, 'red'],
    [20, 50, 19.9, 'yellow'],
    [15, 50, 15.8, 'green'],
    [5, 50, 8.5, 'white'],
  ] as const)('%d °C / %d %% → WBGT %s (%s)', (t, rh, wbgt, flag) => {
    const w = wbgtC(t, rh);
    expect(w).toBeCloseTo(wbgt, 1);
    expect(heatFlag(w)).toBe(flag);
  });

  it.each([
    [28.01, 'black'],
    [28, 'red'],
    [23, 'red'],
    [22.99, 'yellow'],
    [18, 'yellow'],
    [17.99, 'green'],
    [10, 'green'],
    [9.99, 'white'],
  ] as const)('flag boundary WBGT %f → %s', (w, flag) => {
    expect(heatFlag(w)).toBe(flag);
  });

  it.each([
    [90, 70, 106, 1], // science.md §9 case 3
    [80, 40, 80, 1],
    [100, 10, 95.5, 1.5], // low-humidity adjustment
    [85, 90, 101.8, 1.5], // high-humidity adjustment
    [70, 50, 69.5, 1], // below 80 °F: simple Steadman form
  ])('heat index %d °F / %d %% ≈ %f °F', (t, rh, hi, tol) => {
    expect(Math.abs(heatIndexF(t, rh) - hi)).toBeLessThanOrEqual(tol);
  });
});
