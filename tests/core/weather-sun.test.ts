import { describe, expect, it } from 'vitest';
import { type Activity, analyze } from '../../src/core/index';
import { activityWindow, type HourlySeries, weatherOverHours } from '../../src/core/weather-hours';
import berlin from '../fixtures/open-meteo/real-forecast-berlin-2021-11-24.json';
import { profile, run } from './helpers';

const BERLIN = { lat: 52.5, lng: 13.4 };

/** One summer day at 24 °C and 50 % all day, 3 m/s of wind: the sun alone differs (Berlin, 21 June 2023, UTC+2). */
function summerDay(radiationAt: (hour: number) => number): HourlySeries {
  const hours = Array.from({ length: 24 }, (_, h) => h);
  return {
    time: hours.map((h) => `2023-06-21T${String(h).padStart(2, '0')}:00`),
    temperatureC: hours.map(() => 24),
    humidityPct: hours.map(() => 50),
    // The value labelled h is the mean over the hour before it.
    radiationWm2: hours.map((h) => radiationAt(h - 1)),
    windMs: hours.map(() => 3),
    utcOffsetS: 7200,
  };
}
const clearSky = (hour: number) => Math.max(0, 850 * Math.sin((Math.PI * (hour + 0.5 - 5)) / 16));

/** An hour's run on that day, with what a lookup would put on the activity. */
function runAt(start: string, series: HourlySeries): Activity {
  const span = activityWindow(start, 3600);
  const found = span && weatherOverHours(series, span, BERLIN);
  if (!found) throw new Error('no weather');
  return run({
    movingS: 3600,
    distanceM: 10_000,
    temperatureC: found.temperatureC,
    temperatureHighC: found.temperatureHighC,
    humidityPct: found.humidityPct ?? undefined,
    temperatureSource: 'lookup',
    ...(found.wbgtHighC === null ? {} : { wbgtHighC: found.wbgtHighC }),
    ...(found.solarLoadWm2 === null ? {} : { solarLoadWm2: found.solarLoadWm2 }),
  });
}

describe('sun and wind in the looked-up weather', () => {
  it('a sunny noon and a dawn at the same 24 °C get different flags and different sweat', () => {
    const day = summerDay(clearSky);
    const noon = analyze(runAt('2023-06-21T12:00:00', day), profile());
    const dawn = analyze(runAt('2023-06-21T05:00:00', day), profile());
    expect(noon.estimates.heatFlag).toBe('red');
    expect(dawn.estimates.heatFlag).toBe('yellow');
    expect(noon.estimates.sweatRateLph.value).toBeGreaterThan(dawn.estimates.sweatRateLph.value);
    expect(noon.estimates.wbgtWithSun).toBe(true);
    expect(noon.estimates.sweatWhy).toContain('Sun and wind counted.');
  });

  it('without sunshine data the same hours read alike, the flag is a shade estimate and the why says so', () => {
    const day = summerDay(clearSky);
    const shade: HourlySeries = { time: day.time, temperatureC: day.temperatureC, humidityPct: day.humidityPct };
    const noon = analyze(runAt('2023-06-21T12:00:00', shade), profile());
    const dawn = analyze(runAt('2023-06-21T05:00:00', shade), profile());
    expect(noon.estimates.heatFlag).toBe(dawn.estimates.heatFlag);
    expect(noon.estimates.sweatRateLph).toEqual(dawn.estimates.sweatRateLph);
    expect(noon.estimates.wbgtWithSun).toBeUndefined();
    expect(noon.estimates.sweatWhy).toContain('Sun not counted: a shade estimate.');
  });

  it('the hottest hour, not the mean, sets the flag', () => {
    // A mean of 20 °C (yellow, WBGT ≈ 19.9) whose last hour reached 27 °C (red, ≈ 26).
    const a = analyze(run({ temperatureC: 20, temperatureHighC: 27, humidityPct: 50, temperatureSource: 'lookup' }), profile());
    expect(a.estimates.heatFlag).toBe('red');
    // A looked-up hottest-hour WBGT wins over one from the air alone.
    const sunny = analyze(run({ temperatureC: 20, temperatureHighC: 27, humidityPct: 50, wbgtHighC: 29, temperatureSource: 'lookup' }), profile());
    expect(sunny.estimates.heatFlag).toBe('black');
  });

  it("reads Open-Meteo's real Berlin forecast: the hottest hour's WBGT as Liljegren's own program gives it", () => {
    // 28 Nov 2021, 12:00–14:00 local (UTC+1), the week's sunniest hours; wind served in km/h.
    const h = berlin.hourly;
    const series: HourlySeries = {
      time: h.time,
      temperatureC: h.temperature_2m,
      humidityPct: h.relativehumidity_2m,
      radiationWm2: h.shortwave_radiation,
      windMs: h.windspeed_10m.map((v) => v / 3.6),
      utcOffsetS: berlin.utc_offset_seconds,
    };
    const span = activityWindow('2021-11-28T12:00:00', 2 * 3600);
    const found = span && weatherOverHours(series, span, BERLIN);
    // Liljegren's wbgt.c on the 13:00 hour (3.1 °C, 77 %, 5.9 km/h, 191.8 W/m² over 13–14 h, sun at 12:30 UTC): 4.64 °C.
    expect(found?.wbgtHighC).toBeCloseTo(4.6, 1);
    expect(found?.solarLoadWm2).toBeGreaterThan(0);
    expect(found?.temperatureHighC).toBe(3.1);
  });
});
