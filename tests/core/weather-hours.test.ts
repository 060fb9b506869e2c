import { describe, expect, it } from 'vitest';
import { wbgtC } from '../../src/core/heat';
import {
  activityWindow,
  forecastDaysFor,
  hourlySource,
  plannedWindow,
  roundedPoint,
  weatherOverHours,
} from '../../src/core/weather-hours';
import archive from '../fixtures/open-meteo/synthetic-archive-timezone-auto.json';
import archiveGaps from '../fixtures/open-meteo/synthetic-archive-null-hours.json';
import forecastRecent from '../fixtures/open-meteo/synthetic-forecast-past-days.json';

const series = (json: { hourly: { time: string[]; temperature_2m: (number | null)[]; relative_humidity_2m: (number | null)[] } }) => ({
  time: json.hourly.time,
  temperatureC: json.hourly.temperature_2m as (number | null)[],
  humidityPct: json.hourly.relative_humidity_2m as (number | null)[],
});
const round1 = (x: number) => Math.round(x * 10) / 10;
const at = (json: typeof archive, label: string) => json.hourly.time.indexOf(label);

describe('what leaves the browser: the start point rounded to 0.1°', () => {
  it.each([
    [{ lat: 45.90878, lng: 6.12565 }, { lat: 45.9, lng: 6.1 }],
    [{ lat: -33.86882, lng: 151.20929 }, { lat: -33.9, lng: 151.2 }],
    [{ lat: 51.47793, lng: -0.00147 }, { lat: 51.5, lng: 0 }],
    [{ lat: 19.312051674351096, lng: -99.31236407719553 }, { lat: 19.3, lng: -99.3 }],
  ])('%o → %o', (point, rounded) => {
    const sent = roundedPoint(point);
    expect(sent).toEqual(rounded);
    // Never more than a twentieth of a degree from the real start, never its exact digits.
    expect(Math.abs((sent?.lat ?? 0) - point.lat)).toBeLessThanOrEqual(0.05);
    expect(Object.is(sent?.lng, -0)).toBe(false);
  });

  it.each([null, { lat: 0, lng: 0 }, { lat: 91, lng: 0 }, { lat: 10, lng: Number.NaN }, { lat: 10, lng: 181 }])('refuses %o', (point) => {
    expect(roundedPoint(point)).toBeNull();
  });
});

describe("the activity's hours", () => {
  it('reads the start on the wall clock where the run was', () => {
    const w = activityWindow('2025-07-12T07:30:00', 90 * 60);
    expect(w).toMatchObject({ startMs: Date.UTC(2025, 6, 12, 7, 30), firstDate: '2025-07-12', lastDate: '2025-07-12' });
    expect((w?.endMs ?? 0) - (w?.startMs ?? 0)).toBe(90 * 60 * 1000);
  });

  it('keeps the wall clock of a start written with its offset (the hours are asked for in the local zone)', () => {
    expect(activityWindow('2026-11-29T07:00:00+01:00', 3600)).toEqual(activityWindow('2026-11-29T07:00:00', 3600));
    expect(activityWindow('2026-11-29T23:30:00-10:00', 3600)).toMatchObject({ firstDate: '2026-11-29', lastDate: '2026-11-30' });
  });

  it('has no window without a time of day or a duration', () => {
    expect(activityWindow('2026-11-29', 3600)).toBeNull();
    expect(activityWindow(undefined, 3600)).toBeNull();
    expect(activityWindow('2026-11-29T07:00:00', 0)).toBeNull();
    expect(activityWindow('yesterday', 3600)).toBeNull();
  });

  it('a run ending on the hour does not reach into the next hour', () => {
    expect(activityWindow('2026-11-29T23:00:00', 3600)?.lastDate).toBe('2026-11-29');
    expect(activityWindow('2026-11-29T23:00:00', 3601)?.lastDate).toBe('2026-11-30');
  });
});

describe('archive or forecast', () => {
  const now = Date.UTC(2026, 10, 30, 4, 0);
  it('asks the archive for runs older than its ~5-day delay, for exactly their dates', () => {
    const w = activityWindow('2025-07-12T07:30:00', 5400);
    expect(w && hourlySource(w, now)).toEqual({ api: 'archive', startDate: '2025-07-12', endDate: '2025-07-12' });
  });
  it("asks the forecast's past days for a recent run, reaching back to its date", () => {
    const w = activityWindow('2026-11-28T07:00:00+01:00', 3600);
    expect(w && hourlySource(w, now)).toEqual({ api: 'forecast', pastDays: 3, forecastDays: 2 });
  });
  it('asks nothing for a run dated in the future', () => {
    const w = activityWindow('2026-12-05T07:00:00', 3600);
    expect(w && hourlySource(w, now)).toBeNull();
  });
});

describe('mean over the hours, hottest hour as the top', () => {
  it("averages the hours the run was under way in (07:30–09:00 → the 07:00 and 08:00 hours)", () => {
    const w = activityWindow('2025-07-12T07:30:00', 90 * 60);
    if (!w) throw new Error('no window');
    const t = archive.hourly.temperature_2m;
    const rh = archive.hourly.relative_humidity_2m;
    const [i7, i8] = [at(archive, '2025-07-12T07:00'), at(archive, '2025-07-12T08:00')];
    expect(weatherOverHours(series(archive), w)).toEqual({
      temperatureC: round1(((t[i7] ?? 0) + (t[i8] ?? 0)) / 2),
      temperatureHighC: Math.max(t[i7] ?? 0, t[i8] ?? 0),
      humidityPct: Math.round(((rh[i7] ?? 0) + (rh[i8] ?? 0)) / 2),
      hours: 2,
      // No sunshine or wind in this answer: the hottest hour's shade WBGT, the sun not counted.
      wbgtHighC: round1(Math.max(wbgtC(t[i7] ?? 0, rh[i7] ?? 0), wbgtC(t[i8] ?? 0, rh[i8] ?? 0))),
      solarLoadWm2: null,
    });
    // The morning warms up: the top of the range is the later, hotter hour.
    expect(t[i8]).toBeGreaterThan(t[i7] ?? 0);
  });

  it("matches the forecast's local hour labels to a start written with its offset", () => {
    const w = activityWindow('2026-11-29T14:10:00+01:00', 50 * 60);
    if (!w) throw new Error('no window');
    const i = at(forecastRecent, '2026-11-29T14:00');
    expect(weatherOverHours(series(forecastRecent), w)).toMatchObject({ temperatureC: forecastRecent.hourly.temperature_2m[i], hours: 1 });
  });

  it('skips hours the service has no value for, and has nothing when none is left', () => {
    const morning = activityWindow('2025-07-12T07:00:00', 2 * 3600);
    const evening = activityWindow('2025-07-12T18:00:00', 3600);
    if (!morning || !evening) throw new Error('no window');
    expect(weatherOverHours(series(archiveGaps), morning)?.hours).toBe(1);
    expect(weatherOverHours(series(archiveGaps), evening)).toBeNull();
  });

  it('counts an hour labelled twice (clocks going back) once', () => {
    const w = activityWindow('2026-10-25T02:00:00', 2 * 3600);
    if (!w) throw new Error('no window');
    const series = { time: ['2026-10-25T02:00', '2026-10-25T02:00', '2026-10-25T03:00'], temperatureC: [10, 12, 14], humidityPct: [80, 80, 80] };
    expect(weatherOverHours(series, w)).toMatchObject({ temperatureC: 12, hours: 2 });
  });

  it('ignores values no thermometer on Earth reads', () => {
    const w = activityWindow('2025-07-12T07:00:00', 3600);
    if (!w) throw new Error('no window');
    expect(weatherOverHours({ time: ['2025-07-12T07:00'], temperatureC: [999], humidityPct: [50] }, w)).toBeNull();
    expect(weatherOverHours({ time: ['2025-07-12T07:00'], temperatureC: [20], humidityPct: [140] }, w)).toMatchObject({ temperatureC: 20, humidityPct: null });
  });
});

describe('planned runs', () => {
  const now = Date.UTC(2026, 10, 30, 4, 0);
  it('reads the typed date and time on the place’s own clock', () => {
    expect(plannedWindow('2026-12-01', '18:30', 3600)).toMatchObject({ startMs: Date.UTC(2026, 11, 1, 18, 30), firstDate: '2026-12-01' });
    expect(plannedWindow('1.12.2026', '18:30', 3600)).toBeNull();
  });
  it('asks for forecast days up to the run, and none beyond 16 days or in the past', () => {
    const tomorrow = plannedWindow('2026-12-01', '18:30', 3600);
    const far = plannedWindow('2026-12-31', '18:30', 3600);
    const past = plannedWindow('2026-11-20', '18:30', 3600);
    expect(tomorrow && forecastDaysFor(tomorrow, now)).toBe(3);
    expect(far && forecastDaysFor(far, now)).toBeNull();
    expect(past && forecastDaysFor(past, now)).toBeNull();
  });
});
