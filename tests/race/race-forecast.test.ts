import { describe, expect, it } from 'vitest';
import type { SavedRace } from '../../src/core/index';
import type { FetchFn } from '../../src/platform/open-meteo';
import { forecastChanged, raceForecast } from '../../src/race/race-forecast';
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
});
