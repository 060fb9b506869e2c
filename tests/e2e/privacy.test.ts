// What the page's own scripts can see and do (issue 12.6), and "Delete all data" with an activity
// tab open (12.5), in Chromium. The store build (dist/: npm run build) keeps the panel in a closed
// shadow root; the test build (dist-test/: npm run build:test) exposes the panel contract, and even
// there a page script's clicks are ignored.
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { servedOn } from './strava-site';

type Browser = Awaited<ReturnType<typeof launchWithExtension>>;
type Page = Awaited<ReturnType<Browser['context']['newPage']>>;

/**
 * Synthetic, derived from the runner's own ride synthetic-classic-ride-own-edit-link.html (itself
 * from a real page): dated three days ago instead of February 2019, so the history (two years back
 * from now) keeps it.
 */
const recentOwnRide = () => servedOn('synthetic-classic-ride-own-edit-link.html', new Date(Date.now() - 3 * 86_400_000));

const ACTIVITY = 'https://www.strava.com/activities/2173828434';
const serve = (url: URL) => (url.hostname === 'www.strava.com' && url.pathname.startsWith('/activities/2173828434') ? { body: recentOwnRide() } : null);

const open: Browser[] = [];
afterAll(async () => {
  for (const b of open) await b.close();
});

async function launch(extensionDir: string): Promise<Browser> {
  const browser = await launchWithExtension({ extensionDir, serve });
  open.push(browser);
  return browser;
}

/** Everything in the extension's storage.local, read from one of its own pages. */
async function storedData(browser: Browser): Promise<Record<string, unknown>> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  const data = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
  await page.close();
  return data;
}

const history = (data: Record<string, unknown>) => ((data.history as { data?: { id?: string; cramp?: unknown }[] } | undefined)?.data ?? []);

/** Every text node under the page's closed shadow roots, read over the DevTools protocol (which no page script has). */
async function closedShadowText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  type Node = { nodeType: number; nodeValue?: string; children?: Node[]; shadowRoots?: (Node & { shadowRootType?: string })[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const texts: string[] = [];
  const walk = (node: Node, inClosed: boolean) => {
    if (inClosed && node.nodeType === 3) texts.push(node.nodeValue ?? '');
    for (const child of node.children ?? []) walk(child, inClosed);
    for (const shadow of node.shadowRoots ?? []) walk(shadow, inClosed || shadow.shadowRootType === 'closed');
  };
  walk(root, false);
  return texts.join(' ');
}

describe('store build: the page cannot read the analysis', () => {
  it('the panel shows the analysis in its own frame in a closed shadow root; page scripts find only data-cramp-check="panel"', async () => {
    const browser = await launch('dist');
    const page = await browser.context.newPage();
    await page.goto(ACTIVITY);
    await page.waitForSelector('[data-cramp-check="panel"]', { state: 'attached' });
    // The runner sees the analysis: stored with the run, rendered in the closed root.
    await expect.poll(async () => history(await storedData(browser)).length, { timeout: 15_000 }).toBe(1);
    // The panel is drawn in the extension's own frame, inside the closed root (panel-frame.test.ts).
    const frame = () => page.frames().find((f) => f.url().includes('/src/panel/index.html'));
    await expect.poll(async () => (await frame()?.locator('.cc-panel').textContent()) ?? '', { timeout: 15_000 }).toMatch(/cramp risk/);
    expect(await closedShadowText(page)).not.toMatch(/cramp risk/);
    // What a page script (main world, like Strava's tag managers) can reach.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-cramp-check="panel"]') as HTMLElement;
      return {
        attributes: host.getAttributeNames().sort(),
        shadowRoot: host.shadowRoot === null ? null : 'reachable',
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a page script would scrape.
        text: host.textContent + document.body.innerText,
        html: host.outerHTML,
      };
    });
    expect(seen.attributes).toEqual(['data-cramp-check', 'style']);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.text).not.toMatch(/cramp risk|sweat loss|sodium loss|contributor/i);
    expect(seen.html).toBe('<div data-cramp-check="panel" style="display: block !important;"></div>');
    await page.close();
  });
});

describe('test build: the documented contract, and page scripts still cannot act for the runner', () => {
  let browser: Browser;

  it('a page script clicking "No cramps" in the open root is ignored; the runner\'s own click is stored', async () => {
    browser = await launch('dist-test');
    const page = await browser.context.newPage();
    await page.goto(ACTIVITY);
    const panel = await waitForPanel(page);
    expect(panel.shadowMode).toBe('open');
    expect(panel.attributes).toMatchObject({ 'data-state': 'ready', 'data-distance-m': '5190' });
    const clicked = await page.evaluate(() => {
      const root = document.querySelector('[data-cramp-check="panel"]')?.shadowRoot;
      const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'No cramps');
      button?.click();
      button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return Boolean(button);
    });
    expect(clicked).toBe(true);
    // Give the extension every chance to act on it: a real click right after is answered first-in-first-out.
    await page.waitForTimeout(500);
    expect(await page.locator('[data-cramp-check="panel"]').getByText(/You logged no cramps/).count()).toBe(0);
    expect(history(await storedData(browser))[0]?.cramp).toBeUndefined();
    await page.locator('[data-cramp-check="panel"]').getByRole('button', { name: 'No cramps' }).click();
    await page.locator('[data-cramp-check="panel"]').getByText(/You logged no cramps/).waitFor();
    await expect.poll(async () => history(await storedData(browser))[0]?.cramp).toEqual({ cramped: false });
    await page.close();
  });

  it('"Delete all data" with the activity tab open: nothing comes back until the activity is opened again', async () => {
    const page = await browser.context.newPage();
    await page.goto(ACTIVITY);
    await waitForPanel(page);
    await expect.poll(async () => history(await storedData(browser)).length).toBe(1);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await options.getByText('All data deleted. Defaults are shown.').waitFor();
    // The runner then sets a profile (a measured sweat sodium over twice the typical): the open tab
    // re-analyzes (its sodium loss follows), yet its
    // activity, analysis and tab state stay deleted — only the profile just saved is stored.
    const before = Number((await waitForPanel(page)).attributes['data-sodium-loss-mg']);
    await options.getByLabel(/Sweat sodium/).fill('2200');
    await options.getByRole('button', { name: 'Save sweat profile', exact: true }).click();
    await expect.poll(() => options.getByText('Saved.').count()).toBe(1);
    await page.waitForFunction((old) => Number(document.querySelector('[data-cramp-check="panel"]')?.getAttribute('data-sodium-loss-mg')) > old, before, { timeout: 15_000 });
    expect(Object.keys(await storedData(browser))).toEqual(['profile']);
    // Opened again: stored again.
    await page.reload();
    await waitForPanel(page);
    await expect.poll(async () => history(await storedData(browser)).length).toBe(1);
    await page.close();
    await options.close();
  });
});
