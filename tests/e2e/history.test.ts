// The runner's own history in a real browser: log a cramp in the panel, see it in the popup's
// last-8-weeks view, and see it remembered when the activity is opened again. Someone else's
// activity is analyzed but never joins the history (issue 12.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { servedOn } from './strava-site';

/**
 * The saved run is from February 2019; the history keeps two years counted from now (issue 12.2),
 * so the page is served as if the run was yesterday (its shown date and its own startDateLocal).
 */
const servedYesterday = (name: string) => servedOn(name, new Date(Date.now() - 86_400_000));

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  const pages: Record<string, string> = {
    // The runner's own run (the logged-in athlete is its athlete), and someone else's.
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

describe('cramp log and history view', () => {
  it('a cramp logged in the panel is stored with the run and shown in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.strava.com/activities/2173828434');
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

    // Someone else's run, same numbers: analyzed in its panel, no cramp log offered, never stored.
    const other = await browser.context.newPage();
    await other.goto('https://www.strava.com/activities/1002');
    await waitForPanel(other);
    const otherPanel = other.locator('[data-cramp-check="panel"]');
    await otherPanel.getByText(/isn't your activity/).waitFor();
    expect(await otherPanel.getByRole('button', { name: 'I cramped on this run' }).count()).toBe(0);
    await other.close();

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
