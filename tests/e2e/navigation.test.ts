import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { fixtureHtml } from './strava-site';

// A page whose stats render a second after load, as Strava's newer blocks do (derived from a real page).
function lateStatsPage(): string {
  const html = fixtureHtml('classic-ride-2173828434.html');
  const start = html.indexOf("<ul class='inline-stats section'>");
  const end = html.indexOf("<div class='section more-stats'>");
  const stats = html.slice(start, end);
  const script = `<script>setTimeout(() => { document.querySelector('.activity-stats').insertAdjacentHTML('afterbegin', ${JSON.stringify(stats)}); }, 1000);</script>`;
  return html.slice(0, start) + html.slice(end).replace('</body>', `${script}</body>`);
}

let browser: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  browser = await launchWithExtension({
    serve: (url) => {
      if (url.hostname !== 'www.strava.com') return null;
      if (url.pathname.startsWith('/activities/2173828434')) return { body: fixtureHtml('classic-ride-2173828434.html') };
      if (url.pathname.startsWith('/activities/555')) return { body: lateStatsPage() };
      return null;
    },
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('in-page navigation and late stats', () => {
  it('follows an in-page route change: re-extracts, keeps one panel', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.strava.com/activities/2173828434');
    expect((await waitForPanel(page)).attributes['data-distance-m']).toBe('5190');
    // What Strava's router does: new content, then pushState without a reload.
    await page.evaluate(() => {
      // Another ride at the same average speed (24.8 km/h), so the page's own cross-checks agree.
      // Its inline data still describes the ride the page was loaded for, so it must not be used.
      const [distance, movingTime] = document.querySelectorAll('.inline-stats li strong');
      if (distance?.firstChild) distance.firstChild.textContent = '10.00';
      if (movingTime) movingTime.textContent = '24:12';
      history.pushState(null, '', '/activities/2173828435/analysis');
    });
    await page.waitForFunction(() => document.querySelector('[data-cramp-check="panel"]')?.getAttribute('data-distance-m') === '10000');
    expect((await waitForPanel(page)).attributes['data-moving-s']).toBe(String(24 * 60 + 12));
    expect(await page.locator('[data-cramp-check="panel"]').count()).toBe(1);
    // Leaving for a page that shows no single activity removes the panel.
    await page.evaluate(() => history.pushState(null, '', '/activities'));
    await page.waitForFunction(() => document.querySelector('[data-cramp-check="panel"]') === null);
    await page.close();
  });

  it('picks up stats that render after the page loaded', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.strava.com/activities/555');
    const early = await waitForPanel(page, { analyzed: false });
    expect(early.attributes['data-distance-m']).toBeUndefined();
    await page.waitForFunction(() => document.querySelector('[data-cramp-check="panel"]')?.getAttribute('data-distance-m') === '5190', null, { timeout: 10_000 });
    const late = await waitForPanel(page);
    expect(late.count).toBe(1);
    expect(late.attributes['data-moving-s']).toBe('755');
    await page.close();
  });
});
