/**
 * The weather lookup inside the one page message (issue 14): a saved Strava page without
 * temperature, the real handlers, the fake browser's storage and permissions, Open-Meteo's answer
 * from a recorded-shape fixture (the background's `fetch` stubbed).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetRecentMisses } from '../../src/background/weather';
import { createHandlers } from '../../src/background/handlers';
import type { Runtime } from '../../src/platform/browser';
import { OPEN_METEO_ORIGINS } from '../../src/platform/open-meteo';
import { DEFAULT_SETTINGS } from '../../src/platform/settings';
import { saveSettings } from '../../src/platform/storage';
import { collectStrava } from '../../src/sites/strava/reading';
import { applyPanelPatch } from '../../src/platform/panel-patch';
import { fakeBrowser } from '../setup/fake-browser';
import { loadPage } from '../sites/strava/load-fixture';
import archive from '../fixtures/open-meteo/synthetic-archive-2019-02-25.json';

const ID = '2173828434';
const URL_OF_PAGE = `https://www.strava.com/activities/${ID}`;
const fromTab: Runtime.MessageSender = { id: 'cramp-check-test-id', tab: { id: 7 } as never, frameId: 0, url: URL_OF_PAGE };
const capture = JSON.parse(JSON.stringify(collectStrava(loadPage('synthetic-classic-ride-partial.html'), ID))) as unknown;
const handlers = () => createHandlers(() => new Date('2026-11-25T12:00:00Z'));
const read = () => handlers()['read-page']({ type: 'read-page', site: 'strava', url: URL_OF_PAGE, capture, openedAt: 1, seq: 1 }, fromTab);
/** The weather phase's reply: what changed since the reply `since` (a whole model when there is none to build on). */
const readWeather = (startPoint: { lat: number; lng: number } | null, since?: number) =>
  handlers()['read-weather']({ type: 'read-weather', site: 'strava', url: URL_OF_PAGE, capture, openedAt: 1, startPoint, ...(since === undefined ? {} : { since }) }, fromTab);

const fetchSpy = vi.fn(async (_input: string, _init?: RequestInit) => new Response(JSON.stringify(archive), { status: 200 }));
beforeEach(() => {
  forgetRecentMisses();
  fetchSpy.mockClear();
  vi.stubGlobal('fetch', fetchSpy);
});
afterEach(() => vi.unstubAllGlobals());

describe('read-page with the weather lookup', () => {
  it('off (the default): partial, asks for the temperature, nothing sent', async () => {
    for (const o of OPEN_METEO_ORIGINS) fakeBrowser().permissions.granted.add(o);
    const model = await read();
    expect(model).toMatchObject({ state: 'partial' });
    expect(model.weatherPending).toBeUndefined();
    expect(model.missing).toContain('temperatureC');
    expect(applyPanelPatch(model, await readWeather({ lat: 42.56, lng: -6.6 }, 1))).toMatchObject({ state: 'partial' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('on: the first reply says a lookup is due without waiting; the second ends ready with source lookup', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, weatherLookup: true });
    for (const o of OPEN_METEO_ORIGINS) fakeBrowser().permissions.granted.add(o);
    const first = await read();
    expect(first).toMatchObject({ state: 'partial', weatherPending: true });
    expect(first.notices).toContain('noticeWeatherLooking');
    expect(first.analysis).not.toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();

    const second = applyPanelPatch(first, await readWeather({ lat: 42.560308, lng: -6.603204 }, 1));
    const i = archive.hourly.time.indexOf('2019-02-25T11:00');
    expect(second).toMatchObject({ state: 'ready', draft: { temperatureSource: 'lookup', temperatureC: archive.hourly.temperature_2m[i], humidityPct: archive.hourly.relative_humidity_2m[i] } });
    expect(second.weatherPending).toBeUndefined();
    expect(second.notices).toContain('noticeWeatherLookup');
    expect(second.missing).toEqual(['temperatureC', 'humidityPct']);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe(
      'https://archive-api.open-meteo.com/v1/archive?latitude=42.6&longitude=-6.6&hourly=temperature_2m%2Crelative_humidity_2m%2Cshortwave_radiation%2Cwind_speed_10m%2Ccloud_cover&timezone=auto&wind_speed_unit=ms&start_date=2019-02-25&end_date=2019-02-25',
    );
  });

  it('on, but no start point (hidden map): stays partial and says why', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, weatherLookup: true });
    for (const o of OPEN_METEO_ORIGINS) fakeBrowser().permissions.granted.add(o);
    const model = applyPanelPatch(null, await readWeather(null));
    expect(model).toMatchObject({ state: 'partial' });
    expect(model.notices).toContain('noticeWeatherNoStart');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('the weather phase sends only what changed since the first reply, and the panel’s model merged from it is the whole model', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, weatherLookup: true });
    for (const o of OPEN_METEO_ORIGINS) fakeBrowser().permissions.granted.add(o);
    const first = await read();
    const patch = await readWeather({ lat: 42.560308, lng: -6.603204 }, 1);
    expect(patch.base).toBe(1);
    // The looked-up weather changes the draft, the read state, the analysis and the notices; nothing else is sent (what is asked for stays).
    const changedKeys = new Set([...patch.set.map(([path]) => path[0]), ...patch.unset.map((path) => path[0])]);
    expect([...changedKeys].sort()).toEqual(['analysis', 'draft', 'notices', 'state', 'weatherPending']);
    expect(patch.set.map(([path]) => path.join('.'))).toEqual(expect.arrayContaining(['draft.temperatureC', 'draft.humidityPct', 'draft.temperatureSource']));
    expect(patch.set.map(([path]) => path.join('.'))).not.toContain('draft.distanceM');
    expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(first).length);
    // The same read with no earlier reply to build on (a worker started between the phases) is the whole model: merged, they agree.
    const whole = await readWeather({ lat: 42.560308, lng: -6.603204 });
    expect(whole.base).toBeNull();
    expect(applyPanelPatch(first, patch)).toEqual(applyPanelPatch(null, whole));
    expect(applyPanelPatch(null, whole)).toMatchObject({ state: 'ready', draft: { temperatureSource: 'lookup' } });
    // A patch naming a reply this tab was not last sent is whole too: a newer read came between.
    expect((await readWeather({ lat: 42.560308, lng: -6.603204 }, 2)).base).toBeNull();
  });
});
