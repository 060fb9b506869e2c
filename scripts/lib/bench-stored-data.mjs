// What the page-load benchmark's browsers hold before they load the page (bench-page-loads.mjs):
// the runner's stored history and profile, written into each browser's profile beforehand.
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM, QUIET_FLAGS } from './browser.mjs';

/**
 * What the runner's browser holds before the page loads: a 4,990-activity history (the same
 * generated history as the read-page figure, ending the day the bench page's ride was recorded, so
 * its training weeks are full) and a profile, the same for every build; and the panel port's
 * constants, for the floor build.
 */
export async function benchInputs() {
  const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error', configFile: false });
  try {
    const { generateHistory } = await server.ssrLoadModule('/tests/fixtures/history.ts');
    const { PANEL_PAGE, FRAME_PORT_PREFIX } = await server.ssrLoadModule('/src/platform/panel-port.ts');
    const history = generateHistory({ days: 730, count: 5000, end: new Date('2020-07-31T00:00:00Z') });
    const stored = {
      history: { version: 1, data: history },
      profile: { version: 2, data: { units: 'metric', bodyMassKg: 68, crampHistory: 'sometimes' } },
      settings: { version: 1, data: { sites: { strava: true }, panelCollapsed: false } },
    };
    return { stored, port: { PANEL_PAGE, FRAME_PORT_PREFIX } };
  } finally {
    await server.close();
  }
}

/**
 * Writes `items` into the extension's storage in the profile at `userDataDir`, through a browser
 * that Playwright drives and then closes: the timed browser starts later on the same profile, with
 * nothing attached (the extension's id comes from its folder, so the storage is its own).
 */
export async function seedProfile(userDataDir, extensionDir, items) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...QUIET_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const count = await worker.evaluate(async (stored) => {
      await chrome.storage.local.set(stored);
      return (await chrome.storage.local.get('history')).history.data.length;
    }, items);
    if (count !== items.history.data.length) throw new Error(`the bench history was not stored (${count} activities)`);
  } finally {
    await context.close();
  }
}
