// The race page in a real browser (Debian's Chromium, the built extension from dist-test/): from the
// popup's link, a real course GPX (Manchester Marathon 2026) is loaded, stations are added, the card
// appears, is printed to PDF (Chromium's own print path, with the page's print CSS) and copied.
// No request leaves the browser: the weather opt-in is off, and every route is refused.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser.mjs';

const GPX = resolve(__dirname, '../fixtures/courses/manchester-marathon-2026.gpx');
const sent: URL[] = [];
let browser: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  browser = await launchWithExtension({
    extensionDir: 'dist-test',
    serve: (url) => {
      sent.push(url);
      return { status: 404, body: 'not served', contentType: 'text/plain' };
    },
  });
});
afterAll(async () => {
  await browser?.close();
});

async function openRacePageFromPopup(): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  const [race] = await Promise.all([browser.context.waitForEvent('page'), popup.getByRole('link', { name: /Plan a race/ }).click()]);
  await race.getByRole('heading', { name: /Race day/ }).waitFor();
  await popup.close();
  return race;
}

describe('race page in a real browser', () => {
  it('loads a GPX, adds stations, shows the card, prints it (PDF) and copies it', async () => {
    const page = await openRacePageFromPopup();
    expect(page.url()).toBe(`chrome-extension://${browser.extensionId}/src/race/index.html`);
    await page.getByLabel(/Course \(GPX file/).setInputFiles(GPX);
    await page.getByTestId('course-summary').waitFor();
    expect(await page.getByTestId('course-summary').textContent()).toMatch(/manchester-marathon-2026\.gpx — 42\.\d km/);
    expect(await page.getByLabel(/^Race name/).inputValue()).toBe('Manchester Marathon 2026');
    await page.getByLabel(/^Date/).fill('2026-04-19');
    await page.getByLabel(/^Start time/).fill('09:00');
    await page.getByLabel(/^Goal time/).fill('3:45');
    for (const km of ['10', '20', '30']) {
      await page.getByRole('button', { name: 'Add a station' }).click();
      await page.getByLabel(/^Station at/).last().fill(km);
    }
    await page.getByRole('checkbox', { name: 'gels' }).nth(1).check();
    await page.getByRole('button', { name: 'Save and plan' }).click();
    const card = page.getByTestId('race-card');
    await card.waitFor();
    const stops = await card.locator('.race-stop').allTextContents();
    expect(stops).toHaveLength(5);
    expect(stops[0]).toMatch(/^Start · 09:00/);
    expect(stops[2]).toMatch(/^Station 2 · 20 km — arrive 10:4\d \(1:4\d in\).*gel from the station/);
    expect(stops[4]).toMatch(/^Finish · 42\.\d km — arrive 12:45 \(3:45 in\)/);
    expect(await card.textContent()).toContain('Check the forecast again the day before.');

    // Print: the card alone, at wallet size (85 × 120 mm pages, print CSS), as Chromium prints it.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.race-form').isVisible()).toBe(false);
    expect(await card.isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    // 85 mm × 120 mm in PostScript points (1 mm = 72 / 25.4 pt).
    expect(Number(box?.[1])).toBeCloseTo((85 * 72) / 25.4, 0);
    expect(Number(box?.[2])).toBeCloseTo((120 * 72) / 25.4, 0);
    await page.emulateMedia({ media: 'screen' });

    // Copy: the same card as text on the clipboard.
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    // Read back the way a runner would: pasted into a text field (Chromium grants no clipboard-read to extension origins).
    await page.evaluate(() => {
      const area = document.createElement('textarea');
      document.body.append(area);
      area.focus();
    });
    await page.keyboard.press('Control+V');
    const text = await page.evaluate(() => document.querySelector('textarea')?.value ?? '');
    expect(text.split('\n')[0]).toBe('Manchester Marathon 2026 — 2026-04-19, start 09:00, goal 3:45');
    expect(text).toContain('Station 2 · 20 km');
    expect(text).toContain('Check the forecast again the day before.');

    // Saved by name: listed after a reload.
    await page.reload();
    await page.getByText('Manchester Marathon 2026 (2026-04-19)').waitFor();
    expect(sent).toEqual([]);
    await page.close();
  }, 60_000);

  it('a file that is not a GPX gets a clear message', async () => {
    const page = await openRacePageFromPopup();
    await page.getByLabel(/Course \(GPX file/).setInputFiles({ name: 'notes.gpx', mimeType: 'text/plain', buffer: Buffer.from('just some notes') });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/not a GPX course/);
    await page.close();
  }, 30_000);
});
