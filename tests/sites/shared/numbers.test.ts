import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../../../src/sites/shared/numbers';

describe('parseLocaleNumber: separators decided per value', () => {
  it.each([
    ['5.19', {}, 5.19],
    ['21,1', {}, 21.1],
    ['195.70', {}, 195.7],
    ['1,295', { wholeNumber: true }, 1295],
    ['1.448', { wholeNumber: true }, 1448],
    ['1 448', {}, 1448],
    ['1\u00a0448', {}, 1448],
    ['1\u2009448', {}, 1448],
    ['1\u202f448', {}, 1448],
    ["1'448", {}, 1448],
    ['1,234,567', {}, 1_234_567],
    ['1.234.567', {}, 1_234_567],
    ['1,234.5', {}, 1234.5],
    ['1.234,5', {}, 1234.5],
    ['1 234,56', {}, 1234.56],
    ['1.234', { decimalSeparator: '.' }, 1.234],
    ['1.234', { decimalSeparator: ',' }, 1234],
    ['1,234', { decimalSeparator: ',' }, 1.234],
    ['1234,567', {}, 1234.567],
    ['\u22123', {}, -3],
    ['-12,5', {}, -12.5],
    ['0', {}, 0],
  ] as const)('%s %o → %d', (text, hint, expected) => {
    expect(parseLocaleNumber(text, hint)).toBeCloseTo(expected, 9);
  });

  it.each(['1.234', '1,234'])('refuses the ambiguous %s with no unit or language evidence', (text) => {
    expect(parseLocaleNumber(text)).toBeNull();
  });

  it.each(['', 'abc', '1,2,3', '1.234,5.6', '12,', ',5', '1e5', 'NaN', 'Infinity', '1 2', '--1', '1,23,456'])('refuses %j', (text) => {
    expect(parseLocaleNumber(text)).toBeNull();
  });

  it('never throws and never returns NaN or Infinity on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,\u00a0\u2009 -\u2212\'e'.split('')) }), fc.boolean(), (text, wholeNumber) => {
        const value = parseLocaleNumber(text, { wholeNumber });
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string(), (text) => {
      const value = parseLocaleNumber(text);
      expect(value === null || Number.isFinite(value)).toBe(true);
    }));
  });

  it('reads back any number formatted with English or German grouping', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        expect(parseLocaleNumber(n.toLocaleString('en-US'), { wholeNumber: true })).toBe(n);
        expect(parseLocaleNumber(n.toLocaleString('de-DE'), { wholeNumber: true })).toBe(n);
        expect(parseLocaleNumber(n.toLocaleString('fr-FR'), { wholeNumber: true })).toBe(n);
      }),
    );
  });
});
