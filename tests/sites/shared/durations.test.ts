import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDurationS } from '../../../src/sites/shared/durations';

describe('parseDurationS', () => {
  it.each([
    ['12:35', 755],
    ['1:02:30', 3750],
    ['5:38:43', 20_323],
    ['100:00:00', 360_000],
    ['52s', 52],
    ['41m 56s', 2516],
    ['1h 2m', 3720],
    ['1h 2m 3s', 3723],
    ['2 h 05 min', 7500],
    ['1 Std. 2 Min.', 3720],
    ['3 heures 4 minutes', 11_040],
    ['1d 2h', 93_600],
    ['\u00a012:35\u00a0', 755],
    ['0:00', 0],
  ])('%j → %d s', (text, seconds) => {
    expect(parseDurationS(text)).toBe(seconds);
  });

  it.each(['', '12:60', '1:2', '12', 'abc', '2m 1h', '1h 1h', '5 km', '1:02:03:04', '-1:00', '12:35 /km'])('refuses %j', (text) => {
    expect(parseDurationS(text)).toBeNull();
  });

  it('never throws, never negative, never NaN or infinite', () => {
    const arbitrary = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789:hms dmin'.split('')) }));
    fc.assert(
      fc.property(arbitrary, (text) => {
        const seconds = parseDurationS(text);
        expect(seconds === null || (Number.isInteger(seconds) && seconds >= 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any h:mm:ss', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), (h, m, s) => {
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(parseDurationS(`${h}:${pad(m)}:${pad(s)}`)).toBe(h * 3600 + m * 60 + s);
      }),
    );
  });
});
