import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { stravaPages } from './strava-site';

// Synthetic variants derived from real pages (tests/fixtures/strava/make-synthetic.mjs), one per
// layout a runner may see, checked through the panel contract.
const PAGES = {
  '1001': 'synthetic-classic-run-pace-km.html',
  '1002': 'synthetic-classic-trail-run-imperial.html',
  '1003': 'synthetic-classic-ride-de-export-labels.html',
  '1004': 'synthetic-classic-ride-fr.html',
  '1005': 'synthetic-classic-ride-no-stats.html',
  '1006': 'synthetic-classic-ride-hostile.html',
  '1007': 'synthetic-public-run.html',
  // At the address its own inline data names, and at another (as after an in-page route): see its README.
  '2173828434': 'synthetic-classic-run-es.html',
  '1009': 'synthetic-classic-run-es.html',
};

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  browser = await launchWithExtension({ serve: stravaPages(PAGES) });
});
afterAll(async () => {
  await browser?.close();
});

async function panel(id: string, analyzed = true) {
  const page = await browser.context.newPage();
  page.on('dialog', (d) => void d.dismiss());
  await page.goto(`https://www.strava.com/activities/${id}`);
  const result = await waitForPanel(page, { analyzed });
  return { page, ...result };
}

describe('Strava layouts in a real browser', () => {
  it('run page with pace: sport run, 10.42 km in 54:10', async () => {
    const { page, attributes } = await panel('1001');
    expect(attributes).toMatchObject({ 'data-sport': 'run', 'data-distance-m': '10420', 'data-moving-s': '3250', 'data-elapsed-s': '3362', 'data-temperature-c': '27', 'data-state': 'ready' });
    await page.close();
  });

  it('imperial trail run: miles, feet and ℉ converted', async () => {
    const { page, attributes } = await panel('1002');
    expect(attributes['data-sport']).toBe('trail_run');
    expect(attributes['data-distance-m']).toBe(String(Math.round(6.47 * 1609.344)));
    expect(Number(attributes['data-temperature-c'])).toBeCloseTo(((81 - 32) * 5) / 9, 1);
    await page.close();
  });

  it('German page (the words of Strava\'s German export): decimal commas and dot thousands', async () => {
    const { page, attributes } = await panel('1003');
    expect(attributes).toMatchObject({ 'data-distance-m': '51450', 'data-moving-s': '6921', 'data-temperature-c': '13' });
    await page.close();
  });

  it('French page: 21,1 km and "52m 30s"', async () => {
    const { page, attributes } = await panel('1004');
    expect(attributes).toMatchObject({ 'data-distance-m': '21100', 'data-moving-s': String(52 * 60 + 30), 'data-temperature-c': '-3' });
    await page.close();
  });

  it('Spanish run at its own address: moving time 54:10 from the page\'s own numbers, as under happy-dom', async () => {
    const { page, attributes } = await panel('2173828434');
    expect(attributes).toMatchObject({ 'data-sport': 'run', 'data-distance-m': '10420', 'data-moving-s': '3250', 'data-state': 'partial' });
    expect(await page.locator('[data-cramp-check="panel"]').getByLabel('Moving time (minutes)').count()).toBe(0);
    await page.close();
  });

  it('Spanish run at another activity\'s address: its inline numbers are another activity\'s, so the moving time is asked for', async () => {
    const { page, attributes } = await panel('1009', false);
    expect(attributes).toMatchObject({ 'data-sport': 'run', 'data-distance-m': '10420', 'data-state': 'partial' });
    expect(attributes['data-moving-s']).toBeUndefined();
    await page.locator('[data-cramp-check="panel"]').getByLabel('Moving time (minutes)').waitFor();
    await page.close();
  });

  it('no stats: still mounted, unreadable, offering manual entry', async () => {
    const { page, attributes, count } = await panel('1005', false);
    expect(count).toBe(1);
    expect(attributes['data-state']).toBe('unreadable');
    expect(await page.locator('[data-cramp-check="panel"] form input').count()).toBe(4);
    await page.close();
  });

  it('hostile text in the page never becomes markup in the panel', async () => {
    // The page's own markup may run its scripts (that is the page, not us); the panel must add none.
    const { page, text } = await panel('1006', false);
    await page.waitForTimeout(500);
    const injected = await page.evaluate(() => document.querySelector('[data-cramp-check="panel"]')?.shadowRoot?.querySelectorAll('img, script, iframe').length);
    expect(injected).toBe(0);
    expect(text).toContain('Cramp Check');
    await page.close();
  });

  it('public view of a run', async () => {
    const { page, attributes } = await panel('1007', false);
    expect(attributes).toMatchObject({ 'data-sport': 'run', 'data-distance-m': '10400', 'data-moving-s': '3250', 'data-state': 'partial' });
    await page.close();
  });
});

describe('page CSS', () => {
  it('cannot hide or restyle the panel', async () => {
    const page = await browser.context.newPage();
    await page.route('https://www.strava.com/activities/1008', async (route) => {
      const html = (await import('./strava-site')).fixtureHtml('classic-ride-2173828434.html');
      // Restyles every div (the host too), hides the host and every p/li/span/button it could reach.
      const hostile =
        '<style>div { color: rgb(255, 0, 0) !important; font-family: serif !important; } * { font-size: 40px !important; }' +
        '[data-cramp-check], [data-cramp-check] *, p, li, span, button { display: none !important; }</style>';
      await route.fulfill({ contentType: 'text/html', body: html.replace('</head>', `${hostile}</head>`) });
    });
    await page.goto('https://www.strava.com/activities/1008');
    await waitForPanel(page);
    const look = await page.evaluate(() => {
      const host = document.querySelector('[data-cramp-check="panel"]') as HTMLElement;
      const headline = host.shadowRoot?.querySelector('.cc-headline') as HTMLElement;
      const style = getComputedStyle(headline);
      return { hostDisplay: getComputedStyle(host).display, color: style.color, fontSize: style.fontSize, visible: headline.getBoundingClientRect().height > 0 };
    });
    expect(look).toEqual({ hostDisplay: 'block', color: expect.not.stringMatching(/^rgb\(255, 0, 0\)$/), fontSize: '16px', visible: true });
    await page.close();
  });
});
