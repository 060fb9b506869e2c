import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { stravaPages } from './strava-site';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  browser = await launchWithExtension({ serve: stravaPages({ '3842740325': 'classic-ride-weather-3842740325.html' }) });
});
afterAll(async () => {
  await browser?.close();
});

describe('options → open panel', () => {
  it('body mass and "salty sweater" saved in options raise the open panel\'s sodium loss without a reload', async () => {
    const strava = await browser.context.newPage();
    await strava.goto('https://www.strava.com/activities/3842740325');
    const before = Number((await waitForPanel(strava)).attributes['data-sodium-loss-mg']);
    expect(before).toBeGreaterThan(0);
    await strava.evaluate(() => {
      (window as unknown as { marker: number }).marker = 1;
    });

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByLabel('Units').selectOption('metric');
    await options.getByLabel(/Body mass/).fill('82');
    await options.getByLabel(/white salt marks/i).check();
    await options.getByLabel(/stings my eyes/i).check();
    await options.getByRole('button', { name: 'Save body details', exact: true }).click();
    await options.getByRole('button', { name: 'Save sweat profile', exact: true }).click();
    await expect.poll(() => options.getByText('Saved.').count()).toBe(2);

    await strava.waitForFunction((old) => Number(document.querySelector('[data-cramp-check="panel"]')?.getAttribute('data-sodium-loss-mg')) > old, before, { timeout: 10_000 });
    // Same document: no reload happened.
    expect(await strava.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await options.close();
    await strava.close();
  });
});
