import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { fixtureHtml, stravaPages } from './strava-site';

// Expected values are what each saved page shows (see the page's _overview.json), in SI units.
const PAGES = {
  '2173828434': 'classic-ride-2173828434.html',
  '3842740325': 'classic-ride-weather-3842740325.html',
  '197593017': 'public-ride-197593017.html',
  '13464556946': 'nextjs-walk-13464556946.html',
};

let browser: Awaited<ReturnType<typeof launchWithExtension>>;

/** The real 2173828434 page with elements named like the extension API (named access on window: issue 12.7). */
const withNamedElements = () =>
  fixtureHtml('classic-ride-2173828434.html').replace(/(<body[^>]*>)/, '$1<form id="browser"><input name="runtime"></form><div id="chrome"></div>');

beforeAll(async () => {
  const pages = stravaPages(PAGES);
  browser = await launchWithExtension({
    serve: (url: URL) => (url.pathname === '/activities/77' ? { body: withNamedElements() } : pages(url)),
  });
});
afterAll(async () => {
  await browser?.close();
});

async function panelOn(path: string) {
  const page = await browser.context.newPage();
  await page.goto(`https://www.strava.com${path}`);
  const panel = await waitForPanel(page);
  return { page, panel };
}

describe('panel on real Strava pages', () => {
  it('classic logged-in ride: 5.19 km in 12:35 at 27 ℃ (device sensor)', async () => {
    const { page, panel } = await panelOn('/activities/2173828434');
    expect(panel.count).toBe(1);
    expect(panel.shadowMode).toBe('open');
    expect(panel.attributes).toMatchObject({
      'data-sport': 'ride',
      'data-moving-s': '755',
      'data-elapsed-s': '755',
      'data-distance-m': '5190',
      'data-temperature-c': '27',
      'data-temperature-source': 'device',
      'data-state': 'ready',
    });
    expect(panel.attributes['data-humidity-pct']).toBeUndefined();
    expect(Number(panel.attributes['data-sweat-loss-ml'])).toBeGreaterThan(0);
    expect(Number(panel.attributes['data-sodium-loss-mg'])).toBeGreaterThan(0);
    expect(['low', 'moderate', 'high']).toContain(panel.attributes['data-risk']);
    expect(panel.text).toContain('Cramp Check');
    await page.close();
  });

  it('classic ride with the weather panel: weather temperature preferred, humidity read', async () => {
    const { page, panel } = await panelOn('/activities/3842740325/overview');
    expect(panel.attributes).toMatchObject({
      'data-moving-s': String(2 * 3600 + 6 * 60 + 58),
      'data-elapsed-s': String(2 * 3600 + 26 * 60 + 12),
      'data-distance-m': '56170',
      'data-temperature-c': '30',
      'data-temperature-source': 'weather',
      'data-humidity-pct': '37',
      'data-state': 'ready',
    });
    expect(panel.attributes['data-findings']?.split(' ').length).toBeGreaterThan(0);
    await page.close();
  });

  it('logged-out public view: 39.1 mi in 1:40:01, no temperature → partial, asks only for it', async () => {
    const { page, panel } = await panelOn('/activities/197593017');
    expect(panel.attributes).toMatchObject({
      'data-sport': 'ride',
      'data-moving-s': String(3600 + 40 * 60 + 1),
      'data-distance-m': String(Math.round(39.1 * 1609.344)),
      'data-state': 'partial',
    });
    expect(panel.attributes['data-temperature-c']).toBeUndefined();
    const labels = await page.locator('[data-cramp-check="panel"] .cc-manual label').allTextContents();
    expect(labels.some((l) => l.startsWith('Temperature'))).toBe(true);
    expect(labels.some((l) => l.startsWith('Distance'))).toBe(false);
    await page.close();
  });

  it("today's logged-out Next.js page: walk, 430 s, 407.5 m, no temperature → partial; not the runner's, so not stored", async () => {
    const { page, panel } = await panelOn('/activities/13464556946');
    expect(panel.attributes).toMatchObject({
      'data-sport': 'walk',
      'data-moving-s': '430',
      'data-distance-m': '408',
      'data-state': 'partial',
    });
    expect(panel.attributes['data-temperature-c']).toBeUndefined();
    expect(Number(panel.attributes['data-sweat-loss-ml'])).toBeGreaterThan(0);
    expect(panel.text).toContain("isn't your activity");
    // Right after the activity summary (data-cy), never found by a hashed class name.
    expect(await page.evaluate(() => document.querySelector('[data-cramp-check="panel"]')?.previousElementSibling?.getAttribute('data-cy'))).toBe('activity-summary');
    await page.close();
  });

  it('a page element with id="browser" or id="chrome" does not stand in for the extension API', async () => {
    const { page, panel } = await panelOn('/activities/77');
    expect(await page.evaluate(() => document.querySelectorAll('#browser, #chrome').length)).toBe(2);
    expect(panel.attributes).toMatchObject({ 'data-distance-m': '5190', 'data-state': 'ready' });
    expect(Number(panel.attributes['data-sweat-loss-ml'])).toBeGreaterThan(0);
    await page.close();
  });
});
