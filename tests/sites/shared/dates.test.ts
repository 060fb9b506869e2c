import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../../src/sites/shared/dates';

describe('parseLocalDateTime', () => {
  it.each([
    ['11:04 AM on Monday, February 25, 2019', '', '2019-02-25T11:04:00'],
    ['6:46 PM on Monday, April 7, 2014', '', '2014-04-07T18:46:00'],
    ['12:34 PM on Saturday, June 14, 2014', '', '2014-06-14T12:34:00'],
    ['12:10 AM on Sunday, June 15, 2014', '', '2014-06-15T00:10:00'],
    ['11:04 am Montag, 25. Februar 2019', 'de', '2019-02-25T11:04:00'],
    ['12:30 am Montag, 25. Februar 2019', 'de', '2019-02-25T12:30:00'],
    ['18:46 am Montag, 7. April 2014', '', '2014-04-07T18:46:00'],
    ['11:04 le lundi 25 février 2019', 'fr', '2019-02-25T11:04:00'],
    ['18 h 46 le mar. 5 mars 2019', 'fr', '2019-03-05T18:46:00'],
    ['11:04 el lunes, 25 de febrero de 2019', 'es', '2019-02-25T11:04:00'],
    ['11:04 lunedì 25 febbraio 2019', 'it', '2019-02-25T11:04:00'],
    ['11:04 op maandag 25 februari 2019', 'nl', '2019-02-25T11:04:00'],
    ['11:04 em segunda-feira, 25 de fevereiro de 2019', 'pt', '2019-02-25T11:04:00'],
    ['Feb 25, 2019 23:04', '', '2019-02-25T23:04:00'],
    ['2019-02-25T23:04', '', '2019-02-25T23:04:00'],
    ['September 19, 2014', '', '2014-09-19'],
    // A whole hour and the day told apart by their place, not by which number comes first.
    ['7 AM on Friday, November 20, 2026', '', '2026-11-20T07:00:00'],
    ['9 pm on Monday, April 7, 2014', '', '2014-04-07T21:00:00'],
    ['14 am Montag, 7. April 2014', 'de', '2014-04-07'],
  ])('%j (%s) → %s', (text, language, iso) => {
    expect(parseLocalDateTime(text, language)).toBe(iso);
  });

  it.each(['', 'yesterday', '11:04 AM on Monday', 'February 30, 2019', '25:04 on February 25, 2019', '13:04 PM on February 25, 2019', 'juin juillet 3, 2019', '11:04 AM on Monday, February 2\u200B5, 2019'])(
    'refuses %j',
    (text) => {
      expect(parseLocalDateTime(text)).toBeNull();
    },
  );

  it('never throws; anything returned is a valid ISO date', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const iso = parseLocalDateTime(text);
        if (iso !== null) expect(Number.isNaN(Date.parse(iso))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
