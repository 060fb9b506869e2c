// The Firefox build in a real Firefox (Debian's firefox-esr, headless, WebDriver BiDi):
// the panel on a saved Strava page, and the options page saving the profile.
// Run: npm run build:firefox && npx vitest run --config vitest.firefox.config.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_UUID, GECKO_ID, launchFirefoxWithExtension, pollPage, waitForPanelFirefox } from '../../scripts/lib/firefox.mjs';

const FIXTURE = readFileSync(resolve(__dirname, '../fixtures/strava/classic-ride-2173828434.html'), 'utf8');
const requested: string[] = [];

let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension({
    serve: (url) => {
      requested.push(url.href);
      return /^\/activities\/2173828434(\/|$)/.test(url.pathname) ? { body: FIXTURE } : null;
    },
  });
});
afterAll(async () => {
  await firefox?.close();
});

const openOptions = () =>
  firefox.openExtensionPage('src/options/index.html', {
    ready: () => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Save body details'),
  });

/** The id of the form control whose label contains `text`. */
const controlId = (page: Page, text: string) =>
  page.evaluate((t) => [...document.querySelectorAll('label')].find((l) => l.textContent?.includes(t))?.htmlFor ?? null, text);

describe('Firefox build in Firefox', () => {
  it('is installed under its gecko id, at the pinned moz-extension:// UUID, with strava.com granted', async () => {
    expect(firefox.addonId).toBe(GECKO_ID);
    const page = await openOptions();
    expect(await page.evaluate(() => location.href)).toBe(`moz-extension://${EXTENSION_UUID}/src/options/index.html`);
    const granted = await page.evaluate(() =>
      (globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }).browser.permissions.contains({
        origins: ['https://www.strava.com/*'],
      }),
    );
    expect(granted).toBe(true);
    await page.close();
  });

  it('shows the panel on a classic ride: 5.19 km in 12:35 at 27 ℃', async () => {
    const page = await firefox.newPage();
    await page.goto('https://www.strava.com/activities/2173828434');
    const panel = await waitForPanelFirefox(page);
    expect(panel.count).toBe(1);
    expect(panel.shadowMode).toBe('open');
    expect(panel.attributes).toMatchObject({
      'data-sport': 'ride',
      'data-state': 'ready',
      'data-moving-s': '755',
      'data-distance-m': '5190',
      'data-temperature-c': '27',
    });
    expect(['low', 'moderate', 'high']).toContain(panel.attributes['data-risk']);
    expect(panel.text).toContain('Cramp Check');
    // Offline: served from the fixture; requests to any other host are refused by the helper.
    expect(requested).toContain('https://www.strava.com/activities/2173828434');
    await page.close();
  });

  it('saves the options and keeps them across a reload', async () => {
    const page = await openOptions();
    const units = await controlId(page, 'Units');
    const bodyMass = await controlId(page, 'Body mass');
    expect(units).toBeTruthy();
    expect(bodyMass).toBeTruthy();
    await page.select(`#${units}`, 'metric');
    await page.locator(`#${bodyMass}`).fill('64');
    const save = await page.evaluateHandle(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save body details'));
    await (save as unknown as { click(): Promise<void> }).click();
    await pollPage(page, () => document.body.textContent?.includes('Saved.'));

    // Reload by hand: Firefox reports no load event for moz-extension:// pages, so poll for
    // the new document (the marker is gone) with its form filled from storage.
    await page.evaluate(() => {
      (window as unknown as { ccBeforeReload: boolean }).ccBeforeReload = true;
      location.reload();
    });
    const after = await pollPage(
      page,
      (u: string, b: string) => {
        if ((window as unknown as { ccBeforeReload?: boolean }).ccBeforeReload) return null;
        const mass = document.getElementById(b) as HTMLInputElement | null;
        const unit = document.getElementById(u) as HTMLSelectElement | null;
        return mass?.value ? { bodyMass: mass.value, units: unit?.value, saved: document.body.textContent?.includes('Saved.') } : null;
      },
      { args: [units, bodyMass] },
    );
    expect(after).toEqual({ bodyMass: '64', units: 'metric', saved: false });
    await page.close();
  });

  it('uses the saved body mass on the next activity page', async () => {
    const page = await firefox.newPage();
    await page.goto('https://www.strava.com/activities/2173828434');
    const panel = await waitForPanelFirefox(page);
    expect(panel.attributes['data-state']).toBe('ready');
    expect(panel.text).not.toContain('70 kg was assumed');
    await page.close();
  });
});
