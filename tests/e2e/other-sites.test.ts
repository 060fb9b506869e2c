// Garmin Connect, Runalyze and intervals.icu in a real browser, through the real opt-in path:
// switched on in the options → the background registers the site's content script → panel.
// Built with `npm run build:test` (dist-test/), where these sites' optional host access is
// granted at install, because a headless browser cannot click the browser's permission prompt.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';

const fixture = (path: string) => readFileSync(resolve(__dirname, '../fixtures', path), 'utf8');
const json = (path: string) => ({ body: fixture(path), contentType: 'application/json' });
/** An app shell like Garmin's and intervals.icu's: an empty root the app fills (synthetic). */
const appShell = (token = '') => ({ body: `<!doctype html><html><head><meta name="csrf-token" content="${token}"><title>Activity</title></head><body><div id="root"><main></main></div></body></html>` });

const requests: { url: string; csrf: string | null }[] = [];
let browser: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  browser = await launchWithExtension({
    extensionDir: 'dist-test',
    serve: (url) => {
      if (url.hostname === 'connect.garmin.com') {
        if (url.pathname.startsWith('/modern/activity/')) return appShell('sample-token');
        if (url.pathname === '/gc-api/activity-service/activity/12345678901') return json('garmin/activity-trail-run.json');
        if (url.pathname === '/gc-api/activity-service/activity/12345678901/weather') return json('garmin/synthetic-weather-from-public-docs.json');
      }
      if (url.hostname === 'runalyze.com' && url.pathname === '/activity/135657751') return { body: fixture('runalyze/2025.05.26-week.html') };
      if (url.hostname === 'intervals.icu') {
        if (url.pathname.startsWith('/activities/')) return appShell();
        if (url.pathname === '/api/activity/i12345678') return json('intervals/synthetic-activity-from-api-docs.json');
      }
      return null;
    },
  });
  browser.context.on('request', (r) => {
    if (r.url().includes('/activity-service/')) requests.push({ url: r.url(), csrf: r.headers()['connect-csrf-token'] ?? null });
  });
  // The runner switches the three sites on in the options page.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  for (const site of ['Garmin Connect', 'Runalyze', 'Intervals.icu']) {
    await options.getByLabel(site).check();
    await options.getByText(`${site}: on.`).waitFor();
  }
  await options.close();
});
afterAll(async () => {
  await browser?.close();
});

async function panelAt(url: string) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const panel = await waitForPanel(page, { timeout: 20_000 });
  await page.close();
  return panel;
}

describe('optional sites, once switched on', () => {
  it('Garmin Connect: reads the activity and weather JSON with the page CSRF token; weather temperature first', async () => {
    const { count, attributes } = await panelAt('https://connect.garmin.com/modern/activity/12345678901');
    expect(count).toBe(1);
    expect(attributes).toMatchObject({ 'data-distance-m': '4261', 'data-moving-s': '2216', 'data-temperature-c': '16.1', 'data-temperature-source': 'weather', 'data-humidity-pct': '55', 'data-state': 'ready' });
    expect(requests.some((r) => r.url.endsWith('/activity/12345678901') && r.csrf === 'sample-token')).toBe(true);
  });

  it('Runalyze: reads the activity\'s row of the data browser', async () => {
    const { attributes } = await panelAt('https://runalyze.com/activity/135657751');
    expect(attributes).toMatchObject({ 'data-distance-m': '10400', 'data-moving-s': String(3600 + 11 * 60 + 19), 'data-temperature-c': '16', 'data-humidity-pct': '44' });
  });

  it('intervals.icu: reads the activity JSON the page loads; weather temperature over the device sensor', async () => {
    const { attributes } = await panelAt('https://intervals.icu/activities/i12345678');
    expect(attributes).toMatchObject({ 'data-sport': 'run', 'data-distance-m': '10235', 'data-moving-s': '3185', 'data-temperature-source': 'weather' });
    expect(Number(attributes['data-temperature-c'])).toBeCloseTo(23.3, 1);
  });
});
