// At a phone's 360 × 800 viewport (Firefox for Android's size class): the panel on Strava's
// logged-out page, which is laid out for phones, the popup and the options page scroll only down,
// never sideways, and the panel's first screen holds the answer.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { stravaPages } from './strava-site';

const PHONE = { width: 360, height: 800 };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  browser = await launchWithExtension({ serve: stravaPages({ '13464556946': 'nextjs-walk-13464556946.html' }) });
});
afterAll(async () => {
  await browser?.close();
});

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('on a phone (360 × 800)', () => {
  it('panel: no sideways scroll; headline, safety and next time within one screen of its top', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto('https://www.strava.com/activities/13464556946');
    await waitForPanel(page);
    const host = page.locator('[data-cramp-check="panel"]');
    const box = await host.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(PHONE.width);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await host.scrollIntoViewIfNeeded();
    const answer = await host.evaluate((el) => {
      const root = el.shadowRoot;
      const top = el.getBoundingClientRect().top;
      const bottom = (selector: string) => {
        const found = root?.querySelector(selector);
        return found ? found.getBoundingClientRect().bottom - top : null;
      };
      return { headline: bottom('.cc-headline'), plan: bottom('.cc-plan'), wide: [...(root?.querySelectorAll('*') ?? [])].filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5).length };
    });
    expect(answer.headline).not.toBeNull();
    expect(answer.headline).toBeLessThanOrEqual(PHONE.height);
    expect(answer.plan ?? 0).toBeLessThanOrEqual(PHONE.height);
    expect(answer.wide).toBe(0);
    await page.close();
  });

  it.each([
    ['popup', 'src/popup/index.html'],
    ['options', 'src/options/index.html'],
  ])('%s: no sideways scroll', async (_, path) => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await page.locator('form').first().waitFor();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
