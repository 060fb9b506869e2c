import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CM_PER_IN, KG_PER_LB, M_PER_FT, M_PER_MI, ML_PER_FL_OZ, shownRange, toShown, toStored, unitSymbol } from '../../src/core/units';

describe('units: one module for every conversion (issue 13.4)', () => {
  it('uses the exact international factors', () => {
    expect(M_PER_MI).toBe(1609.344);
    expect(M_PER_FT).toBe(0.3048);
    expect(CM_PER_IN).toBe(2.54);
    expect(KG_PER_LB).toBe(0.45359237);
    expect(ML_PER_FL_OZ * 128).toBeCloseTo(3785.411784, 9);
  });

  it.each([
    ['distance', 10, 'imperial', 16_093.44, 'mi'],
    ['distance', 10, 'metric', 10_000, 'km'],
    ['temperature', 86, 'imperial', 30, '°F'],
    ['temperature', -40, 'imperial', -40, '°F'],
    ['temperature', 30, 'metric', 30, '°C'],
    ['mass', 154, 'imperial', 69.85322498, 'lb'],
    ['height', 70, 'imperial', 177.8, 'in'],
    ['volume', 33.814, 'imperial', 1, 'fl oz'],
    ['volume', 1.5, 'metric', 1.5, 'L'],
  ] as const)('%s: %d shown in %s is %d stored (%s), and back', (quantity, shown, units, stored, symbol) => {
    expect(toStored(quantity, shown, units)).toBeCloseTo(stored, 4);
    expect(toShown(quantity, toStored(quantity, shown, units), units)).toBeCloseTo(shown, 9);
    expect(unitSymbol(quantity, units)).toBe(symbol);
  });

  it('shows a stored range rounded inward, so a value typed inside it is inside the stored one', () => {
    expect(shownRange('mass', { min: 25, max: 250 }, 'imperial', 1)).toEqual({ min: 55.2, max: 551.1 });
    expect(shownRange('temperature', { min: -40, max: 55 }, 'imperial', 1)).toEqual({ min: -40, max: 131 });
    expect(shownRange('distance', { min: 0, max: 1_000_000 }, 'imperial', 1)).toEqual({ min: 0, max: 621.3 });
    const { max } = shownRange('mass', { min: 25, max: 250 }, 'imperial', 1);
    expect(toStored('mass', max, 'imperial')).toBeLessThanOrEqual(250);
  });

  it('no other source file carries a conversion factor or formula', () => {
    const SRC = resolve(__dirname, '../../src');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));
    const FACTORS = /1609\.3|0\.3048|2\.54\b|0\.4535|2\.2046|29\.57|33\.81|\*\s*9\)?\s*\/\s*5|-\s*32\)|\+\s*32\b/;
    const offenders = files(SRC)
      .filter((f) => !f.endsWith('core/units.ts'))
      .filter((f) => FACTORS.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
    // The check can fail: the formula as it stood in three files before.
    expect(FACTORS.test('const c = ((v - 32) * 5) / 9;')).toBe(true);
    expect(FACTORS.test('v * (u === "imperial" ? 1609.344 : 1000)')).toBe(true);
  });
});
