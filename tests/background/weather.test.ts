import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetRecentMisses, type LookupInput, lookUpWeather } from '../../src/background/weather';
import { type FetchFn, OPEN_METEO_ORIGINS } from '../../src/platform/open-meteo';
import { lastStartPoint } from '../../src/platform/weather-cache';
import { queuedWrite } from '../../src/platform/write-queue';
import { fakeBrowser } from '../setup/fake-browser';
import archive from '../fixtures/open-meteo/synthetic-archive-timezone-auto.json';
import archiveGaps from '../fixtures/open-meteo/synthetic-archive-null-hours.json';
import forecast from '../fixtures/open-meteo/synthetic-forecast-past-days.json';

const answering = (body: unknown, status = 200) => vi.fn<FetchFn>(async () => new Response(JSON.stringify(body), { status }));
const offline = () =>
  vi.fn<FetchFn>(async () => {
    throw new TypeError('Failed to fetch');
  });

const RUN: LookupInput = {
  site: 'strava',
  activityId: '13464556946',
  startTime: '2025-07-12T07:30:00',
  durationS: 90 * 60,
  startPoint: { lat: 45.908781, lng: 6.125651 },
};
const NOW = () => new Date(Date.UTC(2026, 10, 30, 4));
const granted = () => {
  for (const o of OPEN_METEO_ORIGINS) fakeBrowser().permissions.granted.add(o);
};
const round1 = (x: number) => Math.round(x * 10) / 10;

beforeEach(() => forgetRecentMisses());

describe('weather lookup in the background', () => {
  it('off in options: not one request', async () => {
    granted();
    const fetch = answering(archive);
    expect(await lookUpWeather(RUN, { enabled: false, fetch, now: NOW })).toEqual({ status: 'off' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it("on but Open-Meteo's hosts not granted: not one request", async () => {
    const fetch = answering(archive);
    expect(await lookUpWeather(RUN, { enabled: true, fetch, now: NOW })).toEqual({ status: 'off' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it("finds the mean and the hottest of the run's hours, from a request that names no site or activity", async () => {
    granted();
    const fetch = answering(archive);
    const found = await lookUpWeather(RUN, { enabled: true, fetch, now: NOW });
    const t = archive.hourly.temperature_2m;
    const i7 = archive.hourly.time.indexOf('2025-07-12T07:00');
    expect(found).toMatchObject({ status: 'found', temperatureC: round1(((t[i7] ?? 0) + (t[i7 + 1] ?? 0)) / 2), temperatureHighC: t[i7 + 1], hours: 2 });
    expect(fetch).toHaveBeenCalledTimes(1);
    const url = String(fetch.mock.calls[0]?.[0]);
    expect(url).toMatch(/^https:\/\/archive-api\.open-meteo\.com\/v1\/archive\?latitude=45\.9&longitude=6\.1&/);
    expect(url).not.toMatch(/strava|13464556946|45\.908|6\.125/i);
    // The planner's default place: the rounded point, never the exact one.
    await queuedWrite(async () => undefined);
    expect(await lastStartPoint()).toEqual({ lat: 45.9, lng: 6.1 });
  });

  it("a run of the last days, too recent for the archive, is looked up in the forecast's past days", async () => {
    granted();
    const fetch = answering(forecast);
    const found = await lookUpWeather({ ...RUN, startTime: '2026-11-29T14:10:00+01:00', durationS: 50 * 60 }, { enabled: true, fetch, now: NOW });
    const i = forecast.hourly.time.indexOf('2026-11-29T14:00');
    expect(found).toMatchObject({ status: 'found', temperatureC: forecast.hourly.temperature_2m[i], hours: 1 });
    const url = new URL(String(fetch.mock.calls[0]?.[0]));
    expect(`${url.origin}${url.pathname}`).toBe('https://api.open-meteo.com/v1/forecast');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ past_days: '2', forecast_days: '2', timezone: 'auto', latitude: '45.9', longitude: '6.1' });
  });

  it('looks each activity up once: cached with it, and a lookup under way is shared', async () => {
    granted();
    const fetch = answering(archive);
    const [a, b] = await Promise.all([lookUpWeather(RUN, { enabled: true, fetch, now: NOW }), lookUpWeather(RUN, { enabled: true, fetch, now: NOW })]);
    expect(a).toEqual(b);
    await queuedWrite(async () => undefined);
    expect(await lookUpWeather(RUN, { enabled: true, fetch, now: NOW })).toEqual(a);
    expect(fetch).toHaveBeenCalledTimes(1);
    await lookUpWeather({ ...RUN, activityId: 'another' }, { enabled: true, fetch, now: NOW });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('no start point (an indoor run, a hidden map) or no time of day: says so, sends nothing', async () => {
    granted();
    const fetch = answering(archive);
    expect(await lookUpWeather({ ...RUN, startPoint: undefined }, { enabled: true, fetch, now: NOW })).toEqual({ status: 'no-start-point' });
    expect(await lookUpWeather({ ...RUN, startTime: '2025-07-12', view: 2 }, { enabled: true, fetch, now: NOW })).toEqual({ status: 'no-start-time' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('offline or refused: a status, never an exception, and nothing cached (the next view tries again)', async () => {
    granted();
    expect(await lookUpWeather({ ...RUN, view: 1 }, { enabled: true, fetch: offline(), now: NOW })).toEqual({ status: 'failed', detail: 'Failed to fetch' });
    expect(await lookUpWeather({ ...RUN, view: 2 }, { enabled: true, fetch: answering({ error: true, reason: 'Too many requests' }, 429), now: NOW })).toEqual({
      status: 'failed',
      detail: 'HTTP 429: Too many requests',
    });
    const fetch = answering(archive);
    expect((await lookUpWeather({ ...RUN, view: 3 }, { enabled: true, fetch, now: NOW })).status).toBe('found');
  });

  it('the same view re-read (late stats, a profile change) does not ask again after a failure', async () => {
    granted();
    const fetch = offline();
    expect((await lookUpWeather({ ...RUN, view: 7 }, { enabled: true, fetch, now: NOW })).status).toBe('failed');
    expect((await lookUpWeather({ ...RUN, view: 7 }, { enabled: true, fetch, now: NOW })).status).toBe('failed');
    expect(fetch).toHaveBeenCalledTimes(1);
    const later = () => new Date(NOW().getTime() + 11 * 60_000);
    expect((await lookUpWeather({ ...RUN, view: 7 }, { enabled: true, fetch, now: later })).status).toBe('failed');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a page opened before "Delete all data" looks up but keeps nothing', async () => {
    granted();
    const fetch = answering(archive);
    expect((await lookUpWeather(RUN, { enabled: true, fetch, now: NOW, mayStore: false })).status).toBe('found');
    await queuedWrite(async () => undefined);
    expect(await lastStartPoint()).toBeNull();
    expect((await fakeBrowser().storage.local.get('weatherCache')).weatherCache).toBeUndefined();
  });

  it('hours the service has no value for: no-data', async () => {
    granted();
    expect(await lookUpWeather({ ...RUN, startTime: '2025-07-12T18:00:00' }, { enabled: true, fetch: answering(archiveGaps), now: NOW })).toEqual({ status: 'no-data' });
  });

  it('a broken storage is no reason to throw', async () => {
    granted();
    vi.spyOn(fakeBrowser().storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    expect(await lookUpWeather(RUN, { enabled: true, fetch: answering(archive), now: NOW })).toEqual({ status: 'failed', detail: 'storage is gone' });
  });
});
