import { describe, expect, it } from 'vitest';
import { planRace, type SavedRace } from '../../src/core/index';
import { raceInput, SavedRaceSchema } from '../../src/core/race/race-schema';
import type { FetchFn } from '../../src/platform/open-meteo';
import { forecastChanged, raceForecast } from '../../src/race/race-forecast';
import { profile } from '../core/helpers';
import berlinJson from '../fixtures/open-meteo/real-forecast-berlin-2021-11-24.json';
import forecastJson from '../fixtures/open-meteo/synthetic-forecast-planner-timezone-auto.json';

const NOW = new Date('2026-11-29T10:00:00Z');
const race: SavedRace = {
  name: 'Annecy',
  course: { distanceM: 21_100, points: [], start: { lat: 45.8992, lng: 6.1294 } },
  date: '2026-11-30',
  time: '09:00',
  goalTimeS: 2 * 3600,
  sport: 'run',
  stations: [],
};

function fetching(body: unknown): { fetch: FetchFn; urls: string[] } {
  const urls: string[] = [];
  const fetch: FetchFn = async (input) => {
    urls.push(input);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, urls };
}

describe('race forecast', () => {
  it("takes the race's hours at the course start, rounded to 0.1° before it leaves", async () => {
    const { fetch, urls } = fetching(forecastJson);
    const f = await raceForecast(race, { fetch, now: () => NOW });
    expect(urls[0]).toMatch(/latitude=45\.9&longitude=6\.1/);
    expect(f?.hours.map((h) => h.time)).toEqual(['2026-11-30T09:00', '2026-11-30T10:00']);
    const i = forecastJson.hourly.time.indexOf('2026-11-30T09:00');
    expect(f?.hours[0]?.temperatureC).toBe(forecastJson.hourly.temperature_2m[i]);
    expect(f?.fetchedAt).toBe(NOW.toISOString());
  });

  it('no forecast for a race beyond 16 days, without a start point, or when the service fails', async () => {
    const { fetch } = fetching(forecastJson);
    expect(await raceForecast({ ...race, date: '2027-01-30' }, { fetch, now: () => NOW })).toBeNull();
    expect(await raceForecast({ ...race, course: { distanceM: 21_100, points: [] } }, { fetch, now: () => NOW })).toBeNull();
    const failing: FetchFn = async () => new Response('nope', { status: 500 });
    expect(await raceForecast(race, { fetch: failing, now: () => NOW })).toBeNull();
  });

  it('a changed hour is a change; a new fetch time alone is not', async () => {
    const { fetch } = fetching(forecastJson);
    const before = await raceForecast(race, { fetch, now: () => NOW });
    const later = await raceForecast(race, { fetch, now: () => new Date(NOW.getTime() + 3_600_000) });
    expect(forecastChanged(before, later)).toBe(false);
    const warmer = structuredClone(forecastJson);
    warmer.hourly.temperature_2m = warmer.hourly.temperature_2m.map((t) => t + 3);
    const changed = await raceForecast(race, { fetch: fetching(warmer).fetch, now: () => NOW });
    expect(forecastChanged(before, changed)).toBe(true);
  });

  /** A 2 h race around noon on the week's sunniest day, at the real Berlin answer's point. */
  const berlin: SavedRace = { ...race, name: 'Berlin', course: { distanceM: 20_000, points: [], start: { lat: 52.52, lng: 13.42 } }, date: '2021-11-28', time: '11:00' };
  const BERLIN_NOW = new Date('2021-11-27T10:00:00Z');

  it("keeps each hour's sun and wind (in m/s) and the answer's clock offset, so a saved race counts the sun", async () => {
    const f = await raceForecast(berlin, { fetch: fetching(berlinJson).fetch, now: () => BERLIN_NOW });
    const i = berlinJson.hourly.time.indexOf('2021-11-28T12:00');
    expect(f?.hours.map((h) => h.time)).toEqual(['2021-11-28T11:00', '2021-11-28T12:00']);
    expect(f?.hours[1]?.radiationWm2).toBe(berlinJson.hourly.shortwave_radiation[i]);
    // The real answer states its wind in km/h: the saved hour has it in m/s.
    expect(f?.hours[1]?.windMs).toBeCloseTo((berlinJson.hourly.windspeed_10m[i] ?? Number.NaN) / 3.6, 6);
    expect(f?.utcOffsetS).toBe(3600);
  });

  it('a plan from the saved race with the sun differs from the same race in the shade', async () => {
    // The planner answer made a warm, clear day: 12 °C warmer, a clear-sky sun (W/m², peaking near 500 at noon) and a light wind.
    const sunny = {
      ...forecastJson,
      hourly: {
        ...forecastJson.hourly,
        temperature_2m: forecastJson.hourly.temperature_2m.map((t) => t + 12),
        shortwave_radiation: forecastJson.hourly.time.map((time) => Math.max(0, 500 * Math.sin((Math.PI * (Number(time.slice(11, 13)) - 0.5 - 8)) / 9))),
        wind_speed_10m: forecastJson.hourly.time.map(() => 2),
      },
    };
    const noon: SavedRace = { ...race, time: '11:00' };
    const f = await raceForecast(noon, { fetch: fetching(sunny).fetch, now: () => NOW });
    expect(f?.utcOffsetS).toBe(3600);
    if (!f) return;
    const shade = { ...f, hours: f.hours.map(({ time, temperatureC, humidityPct }) => ({ time, temperatureC, humidityPct })) };
    const plan = (forecast: SavedRace['forecast']) => planRace(raceInput({ ...noon, forecast }), profile(), []);
    const [inSun, inShade] = [plan(f), plan(shade)];
    expect(inSun.legs).toHaveLength(inShade.legs.length);
    expect(inSun.sweatRateLph.value).toBeGreaterThan(inShade.sweatRateLph.value);
    expect(inSun.legs[0]?.sweatLowLph).toBeGreaterThan(inShade.legs[0]?.sweatLowLph ?? Number.POSITIVE_INFINITY);
  });

  it('a change in the sun or the wind alone is a change', async () => {
    const before = await raceForecast(berlin, { fetch: fetching(berlinJson).fetch, now: () => BERLIN_NOW });
    const cloudier = structuredClone(berlinJson);
    cloudier.hourly.shortwave_radiation = cloudier.hourly.shortwave_radiation.map((r) => r / 2);
    const windier = structuredClone(berlinJson);
    windier.hourly.windspeed_10m = windier.hourly.windspeed_10m.map((w) => w + 10);
    for (const answer of [cloudier, windier]) {
      const after = await raceForecast(berlin, { fetch: fetching(answer).fetch, now: () => BERLIN_NOW });
      expect(after?.hours.map((h) => [h.temperatureC, h.humidityPct])).toEqual(before?.hours.map((h) => [h.temperatureC, h.humidityPct]));
      expect(forecastChanged(before, after)).toBe(true);
    }
  });

  it('a sun, wind or clock offset the saved race could not hold is left out, and the race still saves', async () => {
    const odd = structuredClone(berlinJson);
    odd.hourly.shortwave_radiation = odd.hourly.shortwave_radiation.map(() => 5000);
    odd.hourly.windspeed_10m = odd.hourly.windspeed_10m.map(() => -3);
    odd.utc_offset_seconds = 99 * 3600;
    const f = await raceForecast(berlin, { fetch: fetching(odd).fetch, now: () => BERLIN_NOW });
    expect(f?.hours).toHaveLength(2);
    expect(f?.hours.some((h) => 'radiationWm2' in h || 'windMs' in h)).toBe(false);
    expect(f && 'utcOffsetS' in f).toBe(false);
    expect(SavedRaceSchema.safeParse({ ...berlin, forecast: f }).success).toBe(true);
  });
});
