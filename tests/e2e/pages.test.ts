import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { stravaPages } from './strava-site';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

beforeAll(async () => {
  browser = await launchWithExtension({ serve: stravaPages({ '2173828434': 'classic-ride-2173828434.html' }) });
});
afterAll(async () => {
  await browser?.close();
});

describe('options page', () => {
  it('opens, saves the sweat profile, and keeps it across a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage('src/options/index.html'));
    await page.getByLabel('Units').selectOption('metric');
    await page.getByLabel(/Body mass/).fill('64');
    await page.getByLabel(/Sweat sodium/).fill('1200');
    // Each section saves on its own, with its own status next to its button.
    await page.getByRole('button', { name: 'Save body details', exact: true }).click();
    await expect.poll(() => page.locator('#save-status-body').textContent()).toBe('Saved.');
    await page.getByRole('button', { name: 'Save sweat profile', exact: true }).click();
    await expect.poll(() => page.locator('#save-status-sweat').textContent()).toBe('Saved.');
    await page.reload();
    await expect.poll(() => page.getByLabel(/Body mass/).inputValue()).toBe('64');
    expect(await page.getByLabel(/Sweat sodium/).inputValue()).toBe('1200');
    await page.close();
  });

  it('refuses a bad entry with a message and keeps what was saved', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage('src/options/index.html'));
    await page.getByLabel('Units').selectOption('metric');
    await page.getByLabel(/Body mass/).fill('64');
    await page.getByRole('button', { name: 'Save body details', exact: true }).click();
    await expect.poll(() => page.getByText('Saved.').count()).toBe(1);
    await page.getByLabel(/Body mass/).fill('-5');
    await page.getByRole('button', { name: 'Save body details', exact: true }).click();
    await expect.poll(() => page.getByText(/Body mass \(kg\) should be between/).count()).toBeGreaterThan(0);
    expect(await page.getByLabel(/Body mass/).inputValue()).toBe('-5');
    await page.reload();
    await expect.poll(() => page.getByLabel(/Body mass/).inputValue()).toBe('64');
    await page.close();
  });
});

describe('popup', () => {
  it('shows the last analyzed activity, analyzes a run typed in by hand and plans the next', async () => {
    const strava = await browser.context.newPage();
    await strava.goto('https://www.strava.com/activities/2173828434');
    await waitForPanel(strava);
    const popup = await browser.context.newPage();
    await popup.goto(extensionPage('src/popup/index.html'));
    await expect.poll(() => popup.getByRole('heading', { name: 'Last analyzed activity' }).count()).toBe(1);
    expect(await popup.locator('.summary .facts').textContent()).toContain('5.2 km');
    await popup.getByLabel('Duration (min)').fill('150');
    await popup.getByLabel(/^Distance/).fill('30');
    await popup.getByLabel(/Temperature/).fill('28');
    await popup.getByLabel(/Humidity/).fill('60');
    await popup.getByRole('button', { name: 'Plan' }).click();
    const card = popup.getByTestId('plan-card');
    await expect.poll(() => card.count()).toBe(1);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Cramp Check plan: 150 min, 28 °C, 60 % humidity');
    expect(text).toMatch(/During: \d+ mL every \d+ min/);
    // A run still to come: the card leads, then the advice for it (the same engine as on an activity page).
    expect(await popup.locator('.planner .planned > :first-child').getAttribute('data-testid')).toBe('plan-card');
    expect(await popup.locator('.planner .planned h3').textContent()).toBe('For this run');
    await popup.close();
    await strava.close();
  });
});
