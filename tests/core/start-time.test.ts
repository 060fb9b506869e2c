import { describe, expect, it } from 'vitest';
import { ActivitySchema } from '../../src/core/activity';
import { daysFromCivil, instantOf, localDate, offsetSuffix, START_TIME, StartTimeSchema, wallClockMs, withOffset } from '../../src/core/start-time';

describe('start times are wall-clock times (issue 13.5)', () => {
  it.each([
    ['2026-01-08', Date.UTC(2026, 0, 8)],
    ['2026-01-08T08:10', Date.UTC(2026, 0, 8, 8, 10)],
    ['2026-01-08T08:10:21', Date.UTC(2026, 0, 8, 8, 10, 21)],
    ['2026-01-08T08:10:21.0', Date.UTC(2026, 0, 8, 8, 10, 21)],
    // The offset is kept in the string but the wall clock is what counts.
    ['2026-01-08T08:10:21+01:00', Date.UTC(2026, 0, 8, 8, 10, 21)],
    ['2026-01-08T08:10:21-10:00', Date.UTC(2026, 0, 8, 8, 10, 21)],
    ['2026-01-08T08:10:21.000Z', Date.UTC(2026, 0, 8, 8, 10, 21)],
  ])('%s → the wall clock as written', (text, ms) => {
    expect(wallClockMs(text)).toBe(ms);
    expect(localDate(text)).toBe('2026-01-08');
    expect(StartTimeSchema.safeParse(text).success).toBe(true);
  });

  it.each(['yesterday', '', '2026-02-30', '2026-13-01', '2026-01-08T24:00', '2026-01-08T08:60', '08/01/2026', '2026-01-08 08:10', 42, null])('%s is not a start time', (text) => {
    expect(wallClockMs(text)).toBeNull();
    expect(localDate(text)).toBeNull();
    if (typeof text === 'string' && !START_TIME.test(text)) expect(StartTimeSchema.safeParse(text).success).toBe(false);
  });

  it('the stored activity schema refuses a start time that is not one', () => {
    const base = { source: 'strava', sport: 'run', movingS: 600 };
    expect(ActivitySchema.safeParse({ ...base, startTime: 'soon' }).success).toBe(false);
    expect(ActivitySchema.safeParse({ ...base, startTime: '2016-12-11T15:45:50+01:00' }).success).toBe(true);
  });
});

describe('a wall clock keeps its offset when the site gives the instant too (issue 13.5)', () => {
  it.each([
    // Garmin's startTimeLocal + startTimeGMT (tests/fixtures/garmin: America/Costa_Rica)
    ['2026-01-08T08:10:21', '2026-01-08T14:10:21.0', '2026-01-08T08:10:21-06:00'],
    // intervals.icu's start_date_local + start_date
    ['2025-07-12T07:42:10', '2025-07-12T05:42:10Z', '2025-07-12T07:42:10+02:00'],
    ['2025-07-12T07:42:10', '2025-07-12T07:42:10Z', '2025-07-12T07:42:10Z'],
    // a quarter-hour zone (Asia/Kathmandu) and the two ends of the world's zones, across midnight
    ['2025-07-12T06:00:00', '2025-07-12T00:15:00Z', '2025-07-12T06:00:00+05:45'],
    ['2025-07-12T02:00:00', '2025-07-11T12:00:00Z', '2025-07-12T02:00:00+14:00'],
    ['2025-07-11T14:00:00', '2025-07-12T02:00:00Z', '2025-07-11T14:00:00-12:00'],
  ])('%s with %s → %s, the same moment and the same wall clock', (local, utc, expected) => {
    const written = withOffset(local, utc);
    expect(written).toBe(expected);
    expect(Date.parse(written)).toBe(Date.parse(utc.endsWith('Z') ? utc : `${utc}Z`));
    expect(wallClockMs(written)).toBe(wallClockMs(local));
  });

  it.each([
    ['no instant', '2026-01-08T08:10:21', undefined],
    ['an unreadable instant', '2026-01-08T08:10:21', 'yesterday'],
    ['an instant that is not UTC', '2026-01-08T08:10:21', '2026-01-08T14:10:21+01:00'],
    ['more than 14 h apart', '2026-01-08T08:10:21', '2026-01-07T14:10:21Z'],
    ['not on a quarter hour', '2026-01-08T08:10:21', '2026-01-08T14:03:21Z'],
    ['a date without a time', '2026-01-08', '2026-01-08T14:10:21Z'],
    ['a wall clock that already has an offset', '2026-01-08T08:10:21+01:00', '2026-01-08T07:10:21Z'],
  ])('%s: the wall clock alone', (_why, local, utc) => {
    expect(withOffset(local, utc)).toBe(local);
  });

  it('writes offsets as ISO 8601 does', () => {
    expect([0, 60, -600, 345, -570, 840].map(offsetSuffix)).toEqual(['Z', '+01:00', '-10:00', '+05:45', '-09:30', '+14:00']);
  });
});

describe('instantOf', () => {
  it.each([
    ['2016-12-11T14:45:50+0000', Date.UTC(2016, 11, 11, 14, 45, 50), 0],
    ['2016-12-11T15:45:50+01:00', Date.UTC(2016, 11, 11, 14, 45, 50), 60],
    ['2016-12-11T04:45:50-1000', Date.UTC(2016, 11, 11, 14, 45, 50), -600],
    ['2016-12-11T14:45:50Z', Date.UTC(2016, 11, 11, 14, 45, 50), 0],
    ['2016-12-11T14:45:50', Date.UTC(2016, 11, 11, 14, 45, 50), 0],
  ])('%s → its instant and offset', (value, ms, offsetMin) => {
    expect(instantOf(value)).toEqual({ ms, offsetMin });
  });

  it.each(['2016-12-11', '2016-02-30T10:00:00Z', '2016-12-11T25:00:00Z', 'yesterday', 42])('refuses %s', (value) => {
    expect(instantOf(value)).toBeNull();
  });
});

describe('wallClockMs reads the common shapes without the regular expression, and every value as START_TIME does', () => {
  /** START_TIME's own reading: the definition the quick reading must agree with. */
  function byPattern(value: string): number | null {
    const m = START_TIME.exec(value);
    if (!m) return null;
    const [year, month, day, hours, minutes, seconds] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number) as number[] as [number, number, number, number, number, number];
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > days || hours > 23 || minutes > 59 || seconds > 59) return null;
    return Date.UTC(year, month - 1, day, hours, minutes, seconds);
  }

  it('agrees on thousands of values, well and badly written', () => {
    const dates = ['2026-01-08', '2024-02-29', '2023-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '0999-12-31', '2026-1-08', '2026/01/08', '20260108', '２026-01-08'];
    const clocks = ['', 'T08:10', 'T08:10:21', 'T23:59:59', 'T24:00', 'T08:60', 'T08:10:60', 'T8:10', 'T08:10:2', 'T08:10:21.5', 'T08:10:21.123456789', 'T08:10:21.1234567890', 'T08:10:21.', 'T08:10.5', 't08:10', ' 08:10'];
    const zones = ['', 'Z', '+01:00', '-10:00', '+14:00', '+0100', '+1:00', 'z', 'Z ', ' ', '\n', '+01:00Z'];
    let read = 0;
    for (const date of dates) {
      for (const clock of clocks) {
        for (const zone of zones) {
          const value = `${date}${clock}${zone}`;
          const want = byPattern(value);
          expect([value, wallClockMs(value)]).toEqual([value, want]);
          if (want !== null) read++;
        }
      }
    }
    expect(read).toBeGreaterThan(50);
  });

  it('counts days as Date.UTC does: every day of 1900–2100, the first and last days of each month of years 100–9999, and years 0–99 as Date.UTC reads them', () => {
    const wrong: string[] = [];
    let compared = 0;
    for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2101, 0, 1); ms += 86_400_000) {
      const d = new Date(ms);
      if (daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) * 86_400_000 !== ms) wrong.push(d.toISOString());
      compared++;
    }
    for (let year = 100; year <= 9999; year += 1 + (year % 7)) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        for (const day of [1, last]) if (daysFromCivil(year, month, day) * 86_400_000 !== Date.UTC(year, month - 1, day)) wrong.push(`${year}-${month}-${day}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(compared).toBeGreaterThan(73_000);
    expect(wallClockMs('0050-03-01T10:20:30')).toBe(Date.UTC(50, 2, 1, 10, 20, 30));
    expect(wallClockMs('0999-12-31T23:59:59')).toBe(Date.UTC(999, 11, 31, 23, 59, 59));
  });
});
