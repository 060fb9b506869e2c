import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SITES } from '../../src/sites/index';
import { describe, expect, it, vi } from 'vitest';
import { type FetchFn, fetchHourly, findPlace, hourlyUrl, OPEN_METEO_ORIGINS } from '../../src/platform/open-meteo';
import manifest from '../../manifest.json';
import { manifestFor } from '../../vite.config';
import archive from '../fixtures/open-meteo/synthetic-archive-timezone-auto.json';
import forecast from '../fixtures/open-meteo/synthetic-forecast-past-days.json';
import geocoding from '../fixtures/open-meteo/synthetic-geocoding-annecy.json';
import noPlace from '../fixtures/open-meteo/geocoding-no-results.json';
import outOfRange from '../fixtures/open-meteo/error-out-of-range.json';
import berlin from '../fixtures/open-meteo/real-forecast-berlin-2021-11-24.json';

const answering = (body: unknown, status = 200) =>
  vi.fn<FetchFn>(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

const START = { lat: 45.90878, lng: 6.12565 };

describe('Open-Meteo requests', () => {
  it('asks the archive with the rounded point, the dates, five hourly variables (sun and wind among them, in m/s) and the local clock', () => {
    const url = new URL(hourlyUrl({ point: START, source: { api: 'archive', startDate: '2025-07-12', endDate: '2025-07-12' } }) ?? '');
    expect(url.origin).toBe('https://archive-api.open-meteo.com');
    expect(url.pathname).toBe('/v1/archive');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      latitude: '45.9',
      longitude: '6.1',
      hourly: 'temperature_2m,relative_humidity_2m,shortwave_radiation,wind_speed_10m,cloud_cover',
      timezone: 'auto',
      wind_speed_unit: 'ms',
      start_date: '2025-07-12',
      end_date: '2025-07-12',
    });
  });

  it("asks the forecast's past days for a recent run", () => {
    const url = new URL(hourlyUrl({ point: { lat: 48.137, lng: 11.575 }, source: { api: 'forecast', pastDays: 3, forecastDays: 2 } }) ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://api.open-meteo.com/v1/forecast');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ latitude: '48.1', longitude: '11.6', timezone: 'auto', past_days: '3', forecast_days: '2' });
  });

  it('sends no cookie, no referrer, and no more digits than 0.1°', async () => {
    const fetch = answering(archive);
    await fetchHourly({ point: { lat: 45.123456, lng: -6.987654 }, source: { api: 'archive', startDate: '2025-07-12', endDate: '2025-07-12' } }, { fetch });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).not.toMatch(/45\.12|6\.98|123456|987654/);
    expect(url).toContain('latitude=45.1&longitude=-7.0');
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('the README names every host it talks to, what is sent and how to turn it off', () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
    const privacy = readme.slice(readme.indexOf('## Security and privacy'));
    for (const origin of OPEN_METEO_ORIGINS) expect(privacy).toContain(new URL(origin.replace('/*', '')).hostname);
    expect(privacy).toContain('rounded to 0.1°');
    expect(privacy).toContain('*How to turn it off*');
  });

  it('the built manifests: Open-Meteo optional in the store builds, granted only in the test build; Firefox declares location as optional data', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const built = manifestFor(browser) as { host_permissions: string[]; optional_host_permissions: string[] };
      expect(built.optional_host_permissions).toEqual(expect.arrayContaining(OPEN_METEO_ORIGINS));
      expect(built.host_permissions.filter((h) => h.includes('open-meteo'))).toEqual([]);
    }
    expect((manifestFor('chrome', true) as { host_permissions: string[] }).host_permissions).toEqual(expect.arrayContaining(OPEN_METEO_ORIGINS));
    const gecko = (manifestFor('firefox') as { browser_specific_settings: { gecko: { data_collection_permissions: unknown } } }).browser_specific_settings.gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'], optional: ['locationInfo'] });
  });

  it('every host it talks to is an optional host permission in the manifest, none a required one', () => {
    expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(OPEN_METEO_ORIGINS));
    // Required host permissions are the built-in sites' origins only, generated from the site list (vite.config.ts).
    expect(SITES.filter((s) => s.meta.builtIn).flatMap((s) => s.meta.origins).some((h) => h.includes('open-meteo'))).toBe(false);
    expect('host_permissions' in manifest).toBe(false);
  });
});

describe('Open-Meteo answers', () => {
  const request = { point: START, source: { api: 'archive' as const, startDate: '2025-07-12', endDate: '2025-07-12' } };

  it('reads the archive shape into hourly series', async () => {
    const answer = await fetchHourly(request, { fetch: answering(archive) });
    expect(answer).toMatchObject({ ok: true, value: { time: archive.hourly.time, temperatureC: archive.hourly.temperature_2m, humidityPct: archive.hourly.relative_humidity_2m } });
  });

  it('reads the forecast shape the same way', async () => {
    const answer = await fetchHourly({ ...request, source: { api: 'forecast', pastDays: 3, forecastDays: 2 } }, { fetch: answering(forecast) });
    expect(answer.ok && answer.value.time.length).toBe(forecast.hourly.time.length);
  });

  it("reads a real answer's sun, wind (its stated km/h turned into m/s), cloud and clock offset, under the API's older names too", async () => {
    const answer = await fetchHourly(request, { fetch: answering(berlin) });
    if (!answer.ok) throw new Error(answer.detail);
    const i = berlin.hourly.time.indexOf('2021-11-28T13:00');
    expect(answer.value.humidityPct[i]).toBe(77);
    expect(answer.value.radiationWm2?.[i]).toBe(239.7);
    expect(answer.value.windMs?.[i]).toBeCloseTo(5.9 / 3.6, 6);
    expect(answer.value.cloudPct?.[i]).toBe(100);
    expect(answer.value.utcOffsetS).toBe(3600);
  });

  it('takes wind asked in m/s as given, and drops a wind in a unit it does not know (the sun then is not counted)', async () => {
    const hourly = { time: ['2025-07-12T12:00'], temperature_2m: [25], wind_speed_10m: [4], shortwave_radiation: [700] };
    const inMs = await fetchHourly(request, { fetch: answering({ hourly_units: { wind_speed_10m: 'm/s' }, hourly }) });
    expect(inMs.ok && inMs.value.windMs).toEqual([4]);
    const inKnots = await fetchHourly(request, { fetch: answering({ hourly_units: { wind_speed_10m: 'kn' }, hourly }) });
    expect(inKnots.ok && inKnots.value.windMs).toBeUndefined();
  });

  it("says why when Open-Meteo refuses (HTTP 400 with its reason)", async () => {
    expect(await fetchHourly(request, { fetch: answering(outOfRange, 400) })).toEqual({ ok: false, problem: 'refused', detail: `HTTP 400: ${outOfRange.reason}` });
  });

  it('offline: a failed fetch is an answer, not an exception', async () => {
    const fetch = vi.fn<FetchFn>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchHourly(request, { fetch })).toEqual({ ok: false, problem: 'offline', detail: 'Failed to fetch' });
  });

  it('slow: gives up after the timeout instead of waiting for ever', async () => {
    const fetch = vi.fn<FetchFn>(
      (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    expect(await fetchHourly(request, { fetch, timeoutMs: 1 })).toMatchObject({ ok: false, problem: 'timeout' });
  });

  it('an answer of another shape, or not JSON, is malformed', async () => {
    expect(await fetchHourly(request, { fetch: answering({ hourly: { time: 'yesterday' } }) })).toMatchObject({ ok: false, problem: 'malformed' });
    const html = vi.fn<FetchFn>(async () => new Response('<html>captive portal</html>', { status: 200 }));
    expect(await fetchHourly(request, { fetch: html })).toMatchObject({ ok: false, problem: 'malformed' });
  });
});

describe('Open-Meteo geocoding (the planner’s town search)', () => {
  it('finds the first place with its label', async () => {
    const fetch = answering(geocoding);
    expect(await findPlace('  Annecy ', 'fr-FR', { fetch })).toEqual({
      ok: true,
      value: { lat: 45.90878, lng: 6.12565, label: 'Annecy, Auvergne-Rhône-Alpes, France' },
    });
    const url = new URL(fetch.mock.calls[0]?.[0] ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://geocoding-api.open-meteo.com/v1/search');
    expect(Object.fromEntries(url.searchParams)).toEqual({ name: 'Annecy', count: '1', language: 'fr', format: 'json' });
  });

  it('says when nothing is found, and asks nothing for one letter', async () => {
    expect(await findPlace('Xyzzyville', 'en', { fetch: answering(noPlace) })).toMatchObject({ ok: false, problem: 'not-found' });
    const fetch = answering(geocoding);
    expect(await findPlace('A', 'en', { fetch })).toMatchObject({ ok: false, problem: 'not-found' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
