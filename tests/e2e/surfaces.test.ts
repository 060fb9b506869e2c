// Each surface a runner sees, in light and dark: an axe-core check (no serious or critical
// violation) and a screenshot for the README (docs/screenshots/<surface>-<scheme>.png).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { stravaPages } from './strava-site';

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
    // A real 5 h 38 min ride at 15 °C: long enough for a drink-to-thirst plan and the hyponatremia signs (issue 11).
    const browser = await launchWithExtension({ colorScheme, serve: stravaPages({ '2010126148': 'classic-ride-2010126148.html' }) });
    browsers.push(browser);
    return browser;
  };

  it('panel, popup and options pass axe and are captured', async () => {
    const browser = await open();
    const strava = await browser.context.newPage();
    await strava.goto('https://www.strava.com/activities/2010126148');
    await waitForPanel(strava);
    const host = strava.locator('[data-cramp-check="panel"]');
    // The README shows a safety note and a thirst plan: make sure the capture holds both.
    await expect(host.locator('.cc-safety li').first().getAttribute('data-safety')).resolves.toBe('hyponatremia-signs');
    // The thirst advice is said once, by its finding (the plan line leaves to it what it says).
    await expect(host.locator('[data-finding="overdrinking-risk"] .cc-next').textContent()).resolves.toMatch(/^Next time: Drink to thirst/);
    await host.locator('summary').click(); // show the sources too
    // Strava's page is light: the panel follows the page, not the system, in both modes.
    await expect(host.locator('.cc-panel').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(255, 255, 255)');
    expect(await axeViolations(strava, '[data-cramp-check="panel"]')).toEqual([]);
    await host.screenshot({ path: `${SHOTS}/panel-${colorScheme}.png` });

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 700 });
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    await popup.getByRole('heading', { name: 'Last analyzed activity' }).waitFor();
    await expect(popup.locator('.summary .cc-safety li').first().getAttribute('data-safety')).resolves.toBe('hyponatremia-signs');
    await expect(popup.locator('.summary .cc-plan').getAttribute('data-strategy')).resolves.toBe('thirst');
    expect(await axeViolations(popup, null)).toEqual([]);
    // The popup and options follow the system.
    await expect(popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe(colorScheme === 'dark' ? 'rgb(30, 31, 36)' : 'rgb(255, 255, 255)');
    await popup.screenshot({ path: `${SHOTS}/popup-${colorScheme}.png`, fullPage: true });

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByRole('button', { name: 'Save', exact: true }).waitFor();
    expect(await axeViolations(options, null)).toEqual([]);
    await options.screenshot({ path: `${SHOTS}/options-${colorScheme}.png`, fullPage: true });
  });
});
