// The runner's own history in a real browser: log a cramp in the panel, see it in the popup's
// last-8-weeks view, and see it remembered when the activity is opened again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { stravaPages } from './strava-site';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  browser = await launchWithExtension({ serve: stravaPages({ '1001': 'synthetic-classic-run-pace-km.html' }) });
});
afterAll(async () => {
  await browser?.close();
});

describe('cramp log and history view', () => {
  it('a cramp logged in the panel is stored with the run and shown in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.strava.com/activities/1001');
    await waitForPanel(page);
    const panel = page.locator('[data-cramp-check="panel"]');
    await panel.getByRole('button', { name: 'I cramped on this run' }).click();
    await panel.getByLabel(/minute into the run/).fill('48');
    await panel.getByLabel('calves').check();
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByText(/You logged cramps/).waitFor();

    // Opened again: the log is remembered with the activity.
    await page.reload();
    await waitForPanel(page);
    await panel.getByText(/You logged cramps/).waitFor();
    expect(await panel.getByText(/You logged cramps/).textContent()).toContain('calves');

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    const run = popup.locator('.hv-run').first();
    await run.waitFor();
    expect(await popup.locator('.hv-run').count()).toBe(1);
    expect(await popup.locator('.hv-run .hv-cramp').count()).toBe(1);
    expect(await run.getAttribute('aria-label')).toMatch(/10\.4 km/);
    await popup.close();
    await page.close();
  });
});
