import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetRecentMisses } from '../../src/background/weather';
import { type WeatherStepInput, weatherStep } from '../../src/background/weather-step';
import { type FetchFn, OPEN_METEO_ORIGINS } from '../../src/platform/open-meteo';
import { DEFAULT_SETTINGS } from '../../src/platform/settings';
import { queuedWrite } from '../../src/platform/write-queue';
import { fakeBrowser } from '../setup/fake-browser';
import archive from '../fixtures/open-meteo/synthetic-archive-timezone-auto.json';

const answering = (body: unknown) => vi.fn<FetchFn>(async () => new Response(JSON.stringify(body), { status: 200 }));
const granted = () => {
  for (const o of OPEN_METEO_ORIGINS) fakeBrowser().permissions.granted.add(o);
};

// A page that shows no temperature (a phone-recorded run) but its start time and duration.
const input = (over: Partial<WeatherStepInput> = {}): WeatherStepInput => ({
  site: 'strava',
  activityId: '42',
  read: { activity: { sport: 'run', movingS: 5000, elapsedS: 5400, distanceM: 15000, startTime: '2025-07-12T07:30:00' }, startPoint: { lat: 45.908, lng: 6.126 } },
  manual: {},
  settings: { ...DEFAULT_SETTINGS, weatherLookup: true },
  now: new Date(Date.UTC(2026, 10, 30, 4)),
  fetch: answering(archive),
  ...over,
});

beforeEach(() => forgetRecentMisses());

describe('the weather step of reading a page', () => {
  it('first reply: no request at all, only "a lookup is due"', async () => {
    granted();
    const step = await weatherStep(input());
    expect(step).toMatchObject({ pending: true, notice: 'noticeWeatherLooking' });
    expect(step.read.activity.temperatureC).toBeUndefined();
    expect(input().fetch).not.toHaveBeenCalled();
  });

  it('second message: looked up, marked lookup, mean and hottest hour in place, page values kept', async () => {
    granted();
    const fetch = answering(archive);
    const step = await weatherStep(input({ ask: {}, fetch }));
    expect(step).toMatchObject({ pending: false, notice: 'noticeWeatherLookup', read: { temperatureSource: 'lookup' } });
    expect(step.read.activity).toMatchObject({ movingS: 5000, distanceM: 15000 });
    expect(step.read.activity.temperatureC).toEqual(expect.any(Number));
    expect(step.read.activity.temperatureHighC).toBeGreaterThanOrEqual(step.read.activity.temperatureC ?? Number.POSITIVE_INFINITY);
    expect(fetch).toHaveBeenCalledTimes(1);
    // The next view of the same activity: from the cache, in the first reply, no request.
    await queuedWrite(async () => undefined);
    const again = await weatherStep(input({ fetch }));
    expect(again).toMatchObject({ pending: false, read: { temperatureSource: 'lookup', activity: { temperatureC: step.read.activity.temperatureC } } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("with sunshine and wind in the answer, the activity carries the sun (its load and the hottest hour's WBGT), and so does the cached next view", async () => {
    granted();
    // The synthetic archive day with a clear-sky sun (the mean over the hour before each label) and 2 m/s of wind.
    const sunny = {
      ...archive,
      hourly_units: { ...archive.hourly_units, wind_speed_10m: 'm/s' },
      hourly: { ...archive.hourly, shortwave_radiation: archive.hourly.time.map((_, h) => Math.max(0, 850 * Math.sin((Math.PI * (h - 0.5 - 6)) / 15))), wind_speed_10m: archive.hourly.time.map(() => 2) },
    };
    const fetch = answering(sunny);
    const step = await weatherStep(input({ ask: {}, fetch, activityId: 'sunny' }));
    expect(step.read.activity.solarLoadWm2).toBeGreaterThan(0);
    expect(step.read.activity.wbgtHighC).toEqual(expect.any(Number));
    await queuedWrite(async () => undefined);
    const again = await weatherStep(input({ fetch, activityId: 'sunny' }));
    expect(again.read.activity).toMatchObject({ solarLoadWm2: step.read.activity.solarLoadWm2, wbgtHighC: step.read.activity.wbgtHighC });
    expect(fetch).toHaveBeenCalledTimes(1);
    // Without them (the plain archive): no sun on the activity, so the panel says it is a shade estimate.
    const shade = await weatherStep(input({ ask: {}, fetch: answering(archive), activityId: 'shade' }));
    expect(shade.read.activity.solarLoadWm2).toBeUndefined();
    expect(shade.read.activity.wbgtHighC).toEqual(expect.any(Number));
  });

  it('uses the start point the page half fetched (Strava classic) when the capture had none', async () => {
    granted();
    const fetch = answering(archive);
    const read = { ...input().read, startPoint: undefined };
    expect((await weatherStep(input({ read, ask: { startPoint: { lat: 45.9, lng: 6.1 } }, fetch }))).notice).toBe('noticeWeatherLookup');
    expect(await weatherStep(input({ read, activityId: '43', ask: { startPoint: null }, fetch }))).toMatchObject({ notice: 'noticeWeatherNoStart', pending: false });
  });

  it('nothing to do: the page shows a temperature, the runner typed one, the opt-in is off, or the hosts are not granted', async () => {
    granted();
    const shown = input({ read: { ...input().read, activity: { ...input().read.activity, temperatureC: 21 }, temperatureSource: 'device' } });
    expect(await weatherStep({ ...shown, ask: {} })).toMatchObject({ pending: false, notice: null, read: { temperatureSource: 'device' } });
    expect(await weatherStep(input({ manual: { temperatureC: 18 }, ask: {} }))).toMatchObject({ pending: false, notice: null });
    expect(await weatherStep(input({ settings: DEFAULT_SETTINGS, ask: {} }))).toMatchObject({ pending: false, notice: null });
    fakeBrowser().permissions.granted.clear();
    const fetch = answering(archive);
    expect(await weatherStep(input({ fetch }))).toMatchObject({ pending: false, notice: null });
    expect(await weatherStep(input({ fetch, ask: {} }))).toMatchObject({ pending: false, notice: null });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('offline: the page stays as read, with a line saying why', async () => {
    granted();
    const fetch = vi.fn<FetchFn>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const step = await weatherStep(input({ ask: {}, fetch, view: 5 }));
    expect(step).toMatchObject({ pending: false, notice: 'noticeWeatherFailed' });
    expect(step.read).toEqual(input().read);
    // The same view re-read: the line again, no second request and no second round trip.
    expect(await weatherStep(input({ fetch, view: 5 }))).toMatchObject({ pending: false, notice: 'noticeWeatherFailed' });
    expect(await weatherStep(input({ ask: {}, fetch, view: 5 }))).toMatchObject({ pending: false, notice: 'noticeWeatherFailed' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
