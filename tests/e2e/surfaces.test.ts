// Each surface a runner sees, in light and dark: an axe-core check (no serious or critical
// violation) and a screenshot for the README (docs/screenshots/<surface>-<scheme>.png).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { logSampleCramp, SAMPLE_RUN_URL, serveSampleRun } from '../../scripts/lib/sample-run.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = resolve(__dirname, '../../docs/screenshots');
mkdirSync(SHOTS, { recursive: true });

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/** Runs axe in the page (through the debugger, so page CSPs do not block it) on `include`. */
async function axeViolations(page: Page, include: string | null): Promise<Violation[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const context = selector ? { include: [selector] } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, include);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const browsers: Awaited<ReturnType<typeof launchWithExtension>>[] = [];
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});

describe.each(['light', 'dark'] as const)('surfaces in %s mode', (colorScheme) => {
  const open = async () => {
    // The runner's own 10.4 km run, as a runner first sees Cramp Check (and `npm start` opens it).
    const browser = await launchWithExtension({ colorScheme, serve: serveSampleRun() });
    browsers.push(browser);
    return browser;
  };

  it('panel (desktop and phone), popup and options pass axe and are captured', async () => {
    const browser = await open();
    const strava = await browser.context.newPage();
    await strava.goto(SAMPLE_RUN_URL);
    await waitForPanel(strava);
    const host = strava.locator('[data-cramp-check="panel"]');
    // The README shows the runner's own run with a cramp logged and what to drink next time.
    await logSampleCramp(host);
    await expect(host.locator('.cc-plan, [data-finding="fluid-deficit"], [data-finding="overdrinking-risk"]').count()).resolves.toBeGreaterThan(0);
    // Strava's page is light: the panel follows the page, not the system, in both modes.
    await expect(host.locator('.cc-panel').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(255, 255, 255)');
    expect(await axeViolations(strava, '[data-cramp-check="panel"]')).toEqual([]);
    if (colorScheme === 'light') {
      await host.screenshot({ path: `${SHOTS}/panel-desktop.png` });
      await strava.setViewportSize({ width: 360, height: 800 });
      await host.scrollIntoViewIfNeeded();
      await strava.screenshot({ path: `${SHOTS}/panel-phone.png` });
    }

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 700 });
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    await popup.getByRole('heading', { name: 'Last analyzed activity' }).waitFor();
    await popup.locator('.hv-run .hv-cramp').first().waitFor();
    expect(await axeViolations(popup, null)).toEqual([]);
    // The popup and options follow the system.
    await expect(popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe(colorScheme === 'dark' ? 'rgb(30, 31, 36)' : 'rgb(255, 255, 255)');
    // The sweat estimate's "why" sits on a line of its own below the amount, as in the panel, not run into the range.
    const why = popup.locator('.cc-estimates .cc-why').first();
    await expect(why.evaluate((el) => getComputedStyle(el).display)).resolves.toBe('block');
    await expect(why.evaluate((el) => getComputedStyle(el).fontWeight)).resolves.toBe('400');
    await popup.screenshot({ path: `${SHOTS}/popup-${colorScheme}.png`, fullPage: true });

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByRole('button', { name: 'Save body details', exact: true }).waitFor();
    expect(await axeViolations(options, null)).toEqual([]);
    await options.screenshot({ path: `${SHOTS}/options-${colorScheme}.png`, fullPage: true });
  });
});
