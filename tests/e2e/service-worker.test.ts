// MV3 may stop the background service worker at any moment. Stop it again and again while a
// page loads and is analyzed: the panel must still complete (messages wake the worker; the
// content script retries; the worker keeps no state in memory).
//
// The worker is stopped the way Chromium stops an idle one, and only once it is registered
// (worker-watch.ts says why).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { stravaPages } from './strava-site';
import { watchWorker } from './worker-watch';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  browser = await launchWithExtension({ serve: stravaPages({ '2173828434': 'classic-ride-2173828434.html' }) });
});
afterAll(async () => {
  await browser?.close();
});

describe('service worker stopped mid-analysis', () => {
  it('the panel still completes', async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const worker = await watchWorker(cdp, browser.extensionId as string);
    await worker.activated();
    await expect.poll(() => worker.stop()).toBe(1); // the worker the browser started with
    const startsBefore = worker.starts();
    const loading = page.goto('https://www.strava.com/activities/2173828434');
    let stops = 0;
    const deadline = Date.now() + 600;
    while (Date.now() < deadline) {
      stops += await worker.stop();
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await loading;
    const panel = await waitForPanel(page, { timeout: 20_000 });
    expect(stops).toBeGreaterThan(0); // the worker really was stopped while the page loaded…
    expect(worker.starts()).toBeGreaterThan(startsBefore); // …and woken again by the page's message
    expect(panel.count).toBe(1);
    expect(panel.attributes).toMatchObject({ 'data-distance-m': '5190', 'data-state': 'ready' });
    expect(['low', 'moderate', 'high']).toContain(panel.attributes['data-risk']);
    await cdp.detach();
    await page.close();
  });
});
