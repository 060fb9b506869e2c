// A Strava route page in a real browser (Debian's Chromium, the built extension from dist-test/):
// the panel offers the route; one click fetches the route's own GPX export with the page's cookies
// and the race page opens with it as the course. Both addresses are routed (context.route); nothing
// else is answered.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser.mjs';
import { fixtureHtml } from './strava-site';

const GPX = readFileSync(resolve(__dirname, '../fixtures/courses/strava-route-16341573.gpx'), 'utf8');
let browser: Awaited<ReturnType<typeof launchWithExtension>>;
const exports: { cookie: string | undefined }[] = [];

beforeAll(async () => {
  browser = await launchWithExtension({
    serve: (url: URL) => (url.hostname === 'www.strava.com' && url.pathname === '/routes/16341573' ? { body: fixtureHtml('synthetic-route-16341573.html') } : null),
  });
  // The route's export, answered with the file only to a request carrying the runner's Strava session (as Strava does).
  await browser.context.route('https://www.strava.com/routes/16341573/export_gpx', async (route) => {
    const cookie = (await route.request().allHeaders()).cookie;
    exports.push({ cookie });
    if (!cookie?.includes('_strava4_session=signed-in')) await route.fulfill({ status: 200, contentType: 'text/html', body: fixtureHtml('synthetic-route-16341573.html') });
    else await route.fulfill({ status: 200, contentType: 'application/gpx+xml', body: GPX });
  });
  await browser.context.addCookies([{ name: '_strava4_session', value: 'signed-in', domain: 'www.strava.com', path: '/', secure: true }]);
});
afterAll(async () => {
  await browser?.close();
});

describe('a Strava route as a race course', () => {
  it('one click in the panel on /routes/<id>: the race page opens with the route as its course', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.strava.com/routes/16341573');
    const offer = page.locator('[data-cramp-check="panel"] .cc-course-button');
    await offer.waitFor();
    expect(exports).toHaveLength(0);
    const [race] = await Promise.all([browser.context.waitForEvent('page'), offer.click()]);
    await race.getByTestId('course-summary').waitFor();
    expect(race.url()).toBe(`chrome-extension://${browser.extensionId}/src/race/index.html`);
    expect(await race.getByTestId('course-summary').textContent()).toMatch(/Strava route 16341573 — 15 km, \d+ m of climbing/);
    expect(await race.getByLabel(/^Race name/).inputValue()).toBe('Lower Manhattan Loop');
    // Fetched once, same-origin, with the page's cookies.
    expect(exports).toEqual([{ cookie: '_strava4_session=signed-in' }]);
    await race.close();
    await page.close();
  });
});
