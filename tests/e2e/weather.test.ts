// The weather lookup in a real browser (issue 14): a Strava page without temperature, Strava's
// own latlng stream and Open-Meteo's archive all routed (context.route), nothing from the internet.
// Off (the default): not one request to Open-Meteo, nor to the stream. On (through the options
// page): the panel ends `ready` with the looked-up values, source `lookup`, and says where they came from.
// Built with `npm run build:test` (dist-test/): optional hosts pre-granted, as the browser's prompt cannot be clicked.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { fixtureHtml } from './strava-site';

const fixture = (path: string) => readFileSync(resolve(__dirname, '../fixtures', path), 'utf8');
const ARCHIVE = JSON.parse(fixture('open-meteo/synthetic-archive-2019-02-25.json')) as { hourly: { time: string[]; temperature_2m: number[]; relative_humidity_2m: number[] } };
const ID = '2173828434';
/** The same page under another id: not in the cache, so looked up again. */
const OTHER_ID = '2173828435';

const openMeteo: URL[] = [];
const streams: URL[] = [];
let browser: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  browser = await launchWithExtension({
    extensionDir: 'dist-test',
    serve: (url) => {
      if (url.hostname === 'www.strava.com') {
        if (url.pathname === `/activities/${ID}/streams` || url.pathname === `/activities/${OTHER_ID}/streams`) {
          streams.push(url);
          return { body: fixture('strava/streams-latlng-197593017.json'), contentType: 'application/json' };
        }
        // Strava's own page for a run recorded with a phone: moving time and distance, no temperature.
        if (url.pathname === `/activities/${ID}` || url.pathname === `/activities/${OTHER_ID}`) return { body: fixtureHtml('synthetic-classic-ride-partial.html') };
      }
      if (url.hostname.endsWith('open-meteo.com')) {
        openMeteo.push(url);
        if (url.hostname === 'archive-api.open-meteo.com') return { body: JSON.stringify(ARCHIVE), contentType: 'application/json' };
        return { status: 400, body: '{"error":true,"reason":"not expected in this test"}', contentType: 'application/json' };
      }
      return null;
    },
  });
});
afterAll(async () => {
  await browser?.close();
});

async function panelFor(page: Page) {
  await page.goto(`https://www.strava.com/activities/${ID}`);
  return waitForPanel(page);
}

describe('weather lookup in a real browser', () => {
  it('off by default: the panel stays partial and not one request goes to Open-Meteo or the stream', async () => {
    const page = await browser.context.newPage();
    const panel = await panelFor(page);
    expect(panel.attributes).toMatchObject({ 'data-state': 'partial', 'data-moving-s': '755', 'data-distance-m': '5190' });
    expect(panel.attributes['data-temperature-c']).toBeUndefined();
    // The worker has answered the page (the analysis is on the panel): anything it would send is sent by now.
    await page.reload();
    await waitForPanel(page);
    expect(openMeteo).toEqual([]);
    expect(streams).toEqual([]);
    await page.close();
  });

  it('on: ends ready with the looked-up mean temperature and humidity, source lookup, said on the panel', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByLabel('Look up the weather for activities without it').check();
    await options.getByText('Weather lookup is on').waitFor();
    await options.close();

    const page = await browser.context.newPage();
    await page.goto(`https://www.strava.com/activities/${ID}`);
    await page.waitForSelector('[data-cramp-check="panel"][data-temperature-source="lookup"][data-risk]', { state: 'attached', timeout: 20_000 });
    const panel = await waitForPanel(page);
    // 11:04 for 755 s: the 11:00 hour alone.
    const i = ARCHIVE.hourly.time.indexOf('2019-02-25T11:00');
    expect(panel.attributes).toMatchObject({
      'data-state': 'ready',
      'data-temperature-source': 'lookup',
      'data-temperature-c': String(ARCHIVE.hourly.temperature_2m[i]),
      'data-humidity-pct': String(ARCHIVE.hourly.relative_humidity_2m[i]),
    });
    expect(panel.text).toContain('from Open-Meteo near the start, not measured on the run');
    // One stream request (same-origin), one Open-Meteo request: the rounded start, the date, nothing of Strava's.
    expect(streams).toHaveLength(1);
    // The one stream request also asks for what the splits, the movement and the heart rate need (served latlng only here: none is kept).
    expect(streams[0]?.searchParams.getAll('stream_types[]')).toEqual(['latlng', 'time', 'distance', 'velocity_smooth', 'grade_smooth', 'heartrate']);
    expect(openMeteo).toHaveLength(1);
    const sent = openMeteo[0] as URL;
    expect(`${sent.origin}${sent.pathname}`).toBe('https://archive-api.open-meteo.com/v1/archive');
    expect(Object.fromEntries(sent.searchParams)).toEqual({
      latitude: '42.6',
      longitude: '-6.6',
      hourly: 'temperature_2m,relative_humidity_2m,shortwave_radiation,wind_speed_10m,cloud_cover',
      timezone: 'auto',
      wind_speed_unit: 'ms',
      start_date: '2019-02-25',
      end_date: '2019-02-25',
    });
    expect(sent.href).not.toMatch(/strava|2173828434|42\.560|6\.603/);

    // Viewed again: from the cache, no new request.
    await page.reload();
    await page.waitForSelector('[data-cramp-check="panel"][data-temperature-source="lookup"][data-risk]', { state: 'attached' });
    expect(openMeteo).toHaveLength(1);

    // The runner can still replace it with what they measured.
    await page.locator('[data-cramp-check="panel"] .cc-manual input[name="temperatureC"]').fill('17');
    await page.locator('[data-cramp-check="panel"] .cc-manual button[type="submit"]').click();
    await page.waitForSelector('[data-cramp-check="panel"][data-temperature-source="manual"][data-temperature-c="17"]', { state: 'attached' });
    expect(openMeteo).toHaveLength(1);
    await page.close();
  });

  it('slow, then offline: the panel is analyzed without waiting, then stays partial with a line saying why', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Registered last, so it answers before the launcher's route: hold Open-Meteo, then fail as if offline.
    await browser.context.route('https://archive-api.open-meteo.com/**', async (route) => {
      openMeteo.push(new URL(route.request().url()));
      await held;
      await route.abort('internetdisconnected');
    });
    const page = await browser.context.newPage();
    await page.goto(`https://www.strava.com/activities/${OTHER_ID}`);
    // While Open-Meteo has not answered, the panel already shows the page's values and their analysis.
    const early = await waitForPanel(page);
    expect(early.attributes).toMatchObject({ 'data-state': 'partial' });
    expect(early.text).toContain('Looking up the weather near the start');
    release();
    await page.waitForFunction(() => document.querySelector('[data-cramp-check="panel"]')?.shadowRoot?.textContent?.includes('could not be looked up'));
    const after = await waitForPanel(page);
    expect(after.attributes['data-state']).toBe('partial');
    expect(after.attributes['data-temperature-c']).toBeUndefined();
    expect(after.text).toContain('The weather could not be looked up at Open-Meteo (offline, too slow or refused). Add the temperature yourself.');
    await page.close();
  });
});
