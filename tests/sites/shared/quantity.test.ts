import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../src/sites/shared/quantity';
import { toCelsius, toSpeedMs, unitFromSymbol, unitFromTitle } from '../../../src/sites/shared/units';

describe('parseQuantity: numbers with their unit marks', () => {
  it.each([
    ['5.19km', null, 5.19, 'km'],
    ['39.1 mi', null, 39.1, 'mi'],
    ['1,295m', null, 1295, 'm'],
    ['1,234 ft', null, 1234, 'ft'],
    ['15℃', null, 15, 'C'],
    ['59 ℉', null, 59, 'F'],
    ['−3 °C', null, -3, 'C'],
    ['81°F', null, 81, 'F'],
    ['1\u2009448 kJ', null, 1448, 'kJ'],
    ['24.8km/h', null, 24.8, 'kmh'],
    ['15.4 mph', null, 15.4, 'mph'],
    ['37%', null, 37, 'pct'],
    ['122bpm', null, 122, 'bpm'],
    ['5:12 /km', null, 312, 'perKm'],
    ['8:22/mi', null, 502, 'perMi'],
    ['4:50 min/km', null, 290, 'perKm'],
    ['5.19km', 'mi', 5.19, 'mi'],
    ['2,132', null, 2132, null],
  ] as const)('%j (title unit %s) → %d %s', (text, titleUnit, value, unit) => {
    const q = parseQuantity(text, titleUnit, { wholeNumber: unit === null || unit === 'm' || unit === 'ft' || unit === 'kJ' });
    expect(q?.value).toBeCloseTo(value, 9);
    expect(q?.unit).toBe(unit);
  });

  it.each(['', 'km', '12 parsecs', '<img src=x>', '1.2.3 km', '12 km extra'])('refuses %j', (text) => {
    expect(parseQuantity(text, null)).toBeNull();
  });

  it.each([
    ['6\uFEFF.47 mi', 'mi'],
    ['10 .42km', 'km'],
    ['10. 42 km', 'km'],
    ['2\u200B4℃', 'C'],
    ['1\uFEFF448 kJ', 'kJ'],
    ['5.1\u00AD9 km', 'km'],
  ] as const)('refuses damaged %j even with the title unit %s, rather than reading part of it', (text, titleUnit) => {
    expect(parseQuantity(text, titleUnit)).toBeNull();
    expect(parseQuantity(text, null)).toBeNull();
  });

  it('never throws, and every value is finite', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789.,: /kmhi℃°CF%-'.split('')) })), (text) => {
        const q = parseQuantity(text, null);
        expect(q === null || Number.isFinite(q.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('units from titles and symbols', () => {
  it.each([
    ['kilometers', 'km'], ['Kilometer', 'km'], ['kilomètres', 'km'], ['chilometri', 'km'], ['quilômetros', 'km'],
    ['miles', 'mi'], ['Meilen', 'mi'], ['meters', 'm'], ['mètres', 'm'], ['feet', 'ft'], ['pieds', 'ft'],
    ['Degrees Celsius', 'C'], ['Grad Celsius', 'C'], ['Degrees Fahrenheit', 'F'], ['kilojoules', 'kJ'],
    ['beats per minute', 'bpm'], ['Schläge pro Minute', 'bpm'], ['kilometers per hour', 'kmh'], ['miles per hour', 'mph'],
    ['minutes per kilometer', 'perKm'], ['per mile', 'perMi'], ['watts', 'W'], ['second', null], ['', null],
  ])('title %j → %s', (title, unit) => {
    expect(unitFromTitle(title)).toBe(unit);
  });

  it.each([['km', 'km'], ['MI', 'mi'], ['℃', 'C'], ['° F', 'F'], ['km/u', 'kmh'], ['/ km', 'perKm'], ['furlongs', null]])('symbol %j → %s', (symbol, unit) => {
    expect(unitFromSymbol(symbol)).toBe(unit);
  });

  it('converts temperatures and speeds', () => {
    expect(toCelsius(212, 'F')).toBe(100);
    expect(toSpeedMs(36, 'kmh')).toBe(10);
    expect(toSpeedMs(250, 'perKm')).toBe(4);
    expect(toSpeedMs(0, 'perKm')).toBeNull();
    expect(toSpeedMs(Number.NaN, 'kmh')).toBeNull();
  });
});
