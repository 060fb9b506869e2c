// What the runner took, in a real browser: logged with weights on their own activity, remembered
// on reload with the weighed sweat rate and the lost-against-taken chart, carried by the export and
// gone with "Delete all data"; someone else's activity offers no form and stores nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { servedOn } from './strava-site';

/** The saved run is from February 2019; served as yesterday's so the two-year history keeps it. */
const servedYesterday = (name: string) => servedOn(name, new Date(Date.now() - 86_400_000));

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  const pages: Record<string, string> = {
    '2173828434': servedYesterday('synthetic-classic-run-own-athlete.html'),
    '1002': servedYesterday('synthetic-classic-run-pace-km.html'),
  };
  browser = await launchWithExtension({
    serve: (url: URL) => {
      const id = url.hostname === 'www.strava.com' ? /^\/activities\/(\d+)/.exec(url.pathname)?.[1] : undefined;
      const body = id ? pages[id] : undefined;
      return body ? { body } : null;
    },
  });
});
afterAll(async () => {
  await browser?.close();
});

async function storedData(): Promise<Record<string, unknown>> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  const data = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
  await page.close();
  return data;
}
const history = (data: Record<string, unknown>) => (data.history as { data?: { id?: string; intake?: unknown }[] } | undefined)?.data ?? [];

describe('what you took on the run', () => {
  it('logs intake and weights on an own activity, reloads to a weighed rate and the chart, exports, deletes', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.strava.com/activities/2173828434');
    await waitForPanel(page);
    const panel = page.locator('[data-cramp-check="panel"]');
    await panel.getByText('What did you take on this run?').click();
    await panel.getByLabel('Drink (mL)').fill('500');
    await panel.getByLabel('Weight before (kg)').fill('70');
    await panel.getByLabel('Weight after (kg)').fill('69.2');
    await panel.getByRole('button', { name: 'Save what I took' }).click();
    await panel.getByText(/You took: 500 mL drink; weighed 70 kg before, 69.2 kg after/).waitFor();
    await expect.poll(async () => history(await storedData()).find((a) => a.id === '2173828434')?.intake).toEqual({ fluidMl: 500, massBeforeKg: 70, massAfterKg: 69.2 });

    await page.reload();
    await waitForPanel(page);
    await panel.getByText(/weighed on this run/).waitFor();
    await panel.locator('figure.cc-gap svg').waitFor();
    expect(await panel.locator('figure.cc-gap figcaption').textContent()).toMatch(/Lost on your scale.*Fluid: lost about 1\.3 L .*took 500 mL\./);

    // Someone else's run: no form, and nothing of it is stored.
    const other = await browser.context.newPage();
    await other.goto('https://www.strava.com/activities/1002');
    await waitForPanel(other);
    const otherPanel = other.locator('[data-cramp-check="panel"]');
    await otherPanel.getByText(/isn't your activity/).waitFor();
    expect(await otherPanel.getByText('What did you take on this run?').count()).toBe(0);
    expect(history(await storedData()).map((a) => a.id)).toEqual(['2173828434']);
    await other.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    // The weighed activity is a weigh-in in the options, linked to its conditions.
    await options.locator('.activity-weigh-ins li').first().waitFor();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export all data' }).click();
    const file = readFileSync(await (await download).path(), 'utf8');
    expect(file).toContain('"massAfterKg": 69.2');
    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await options.getByText('All data deleted. Defaults are shown.').waitFor();
    expect(history(await storedData())).toEqual([]);
    await options.close();
    await page.close();
  });
});
