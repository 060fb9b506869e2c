// MV3 may stop the background service worker at any moment. Stop it again and again while a
// page loads and is analyzed: the panel must still complete (messages wake the worker; the
// content script retries; the worker keeps no state in memory).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { stravaPages } from './strava-site';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  browser = await launchWithExtension({ serve: stravaPages({ '2173828434': 'classic-ride-2173828434.html' }) });
});
afterAll(async () => {
  await browser?.close();
});

/** Closes the extension's service worker through the DevTools protocol; returns how many it stopped. */
async function stopWorker(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
    for (const worker of workers) await cdp.send('Target.closeTarget', { targetId: worker.targetId }).catch(() => undefined);
    return workers.length;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

describe('service worker stopped mid-analysis', () => {
  it('the panel still completes', async () => {
    const page = await browser.context.newPage();
    expect(await stopWorker(page)).toBe(1);
    const loading = page.goto('https://www.strava.com/activities/2173828434');
    let stops = 0;
    const deadline = Date.now() + 600;
    while (Date.now() < deadline) {
      stops += await stopWorker(page);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await loading;
    const panel = await waitForPanel(page, { timeout: 20_000 });
    expect(stops).toBeGreaterThan(0); // the worker really was stopped while the page loaded
    expect(panel.count).toBe(1);
    expect(panel.attributes).toMatchObject({ 'data-distance-m': '5190', 'data-state': 'ready' });
    expect(['low', 'moderate', 'high']).toContain(panel.attributes['data-risk']);
    await page.close();
  });
});
