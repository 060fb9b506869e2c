import { describe, expect, it } from 'vitest';
import { ActivitySchema } from '../../src/core/activity';
import { localDate, START_TIME, StartTimeSchema, wallClockMs } from '../../src/core/start-time';

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
