import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/index';
import { CATALOGUES } from '../../src/core/i18n/index';

describe('message catalogues', () => {
  const keys = (language: keyof typeof CATALOGUES) => Object.keys(CATALOGUES[language]).sort();

  it('German and French have exactly the English keys, all functions', () => {
    expect(keys('de')).toEqual(keys('en'));
    expect(keys('fr')).toEqual(keys('en'));
    for (const catalogue of Object.values(CATALOGUES)) {
      for (const entry of Object.values(catalogue)) expect(typeof entry).toBe('function');
    }
  });
});

describe('number fast path for de and fr', () => {
  // Values that are never exact ties, so Intl and the fast path must agree digit for digit.
  const values = [0, 3, 12, 999, 1000, 5205, 12_345, 1_234_567, -1234.5678];
  for (let k = 1; k < 200_000; k += 997) values.push(k / 7, -k / 13);

  it.each(['de', 'fr'])('%s matches Intl for 0, 1 and 2 fraction digits', (locale) => {
    for (const digits of [0, 1, 2]) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      for (const v of values) {
        // Like the English path, a negative that rounds to zero is "0", not Intl's "-0".
        const expected = Math.round(Math.abs(v) * 10 ** digits) === 0 ? '0' : intl.format(v);
        expect(formatNumber(v, digits, locale), `${v}`).toBe(expected);
      }
    }
  });
});
