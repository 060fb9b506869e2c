// "Delete all data" in a real browser: an activity tab that was open before it stores nothing
// more — not the collapse of its panel (settings), not a typed temperature (manual:<site>:<id>),
// not the activity — until the runner opens the activity again; and a temperature typed on
// someone else's activity is shown there but never stored, even by a tab opened afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser.mjs';
import { servedOn } from './strava-site';

const OWN = '2173828434';
const THEIRS = '1';
// A partial ride (no temperature on the page, so the panel asks for it), three days ago so the
// history keeps it; the runner's own when the logged-in athlete is its owner (505408).
const partialRide = (own: boolean) => {
  const html = servedOn('synthetic-classic-ride-partial.html', new Date(Date.now() - 3 * 86_400_000));
  return own ? html.replace('var currentAthleteId = 15925262;', 'var currentAthleteId = 505408;') : html;
};

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  browser = await launchWithExtension({
    serve: (url) => {
      const id = url.hostname === 'www.strava.com' ? /^\/activities\/(\d+)$/.exec(url.pathname)?.[1] : undefined;
      return id === OWN || id === THEIRS ? { body: partialRide(id === OWN) } : null;
    },
  });
});
afterAll(async () => {
  await browser?.close();
});

type Page = Awaited<ReturnType<typeof browser.context.newPage>>;
const stored = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
const historyIds = (data: Record<string, unknown>) => ((data.history as { data?: { id?: string }[] } | undefined)?.data ?? []).map((a) => a.id);

async function activity(id: string) {
  const page = await browser.context.newPage();
  await page.goto(`https://www.strava.com/activities/${id}`);
  await page.locator('[data-cramp-check="panel"] .cc-manual input[name="temperatureC"]').waitFor({ timeout: 20_000 });
  return page;
}

async function typeTemperature(page: Page, celsius: string) {
  await page.locator('[data-cramp-check="panel"] .cc-manual input[name="temperatureC"]').fill(celsius);
  await page.locator('[data-cramp-check="panel"] .cc-manual button[type="submit"]').click();
  // The panel shows it once the background answered: by then it stored it, or decided not to.
  await page.waitForSelector(`[data-cramp-check="panel"][data-temperature-source="manual"][data-temperature-c="${celsius}"]`, { state: 'attached', timeout: 20_000 });
}

describe('"Delete all data" with activity tabs open', () => {
  it('an open tab writes nothing afterwards, someone else’s activity never stores a typed value, and opening the activity again stores', async () => {
    const own = await activity(OWN);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    // Control: the open tab did store its activity, so the probe below sees what a tab writes.
    await expect.poll(async () => historyIds(await stored(options)), { timeout: 20_000 }).toEqual([OWN]);

    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await options.getByText('All data deleted. Defaults are shown.').waitFor();
    expect(await stored(options)).toEqual({});

    // The tab open before the deletion: the runner collapses the panel and types a temperature,
    // which the panel shows (for this view only).
    await own.locator('[data-cramp-check="panel"] .cc-toggle').click();
    await own.locator('[data-cramp-check="panel"] .cc-toggle[aria-expanded="false"]').waitFor();
    await own.locator('[data-cramp-check="panel"] .cc-toggle').click();
    await typeTemperature(own, '24');

    // A write of the runner's own through the same write queue, queued after all of the above:
    // once it is stored, anything that tab wrote would be stored too.
    await options.getByLabel('Import data from an export file (.json)').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'cramp-check-backup', formatVersion: 1, data: { 'manual:strava:999': { movingS: 60 } } })),
    });
    await options.getByRole('button', { name: 'Apply import' }).click();
    await expect.poll(async () => Object.keys(await stored(options)).sort(), { timeout: 20_000 }).toContain('manual:strava:999');
    expect(Object.keys(await stored(options)).sort()).toEqual(['importUndo', 'manual:strava:999']);

    // Someone else's activity, opened after the deletion (a tab that may store): the typed value is
    // shown, and the background answers only after deciding what to store, so it is decided now.
    const theirs = await activity(THEIRS);
    await typeTemperature(theirs, '31');
    const after = await stored(options);
    expect(`manual:strava:${THEIRS}` in after).toBe(false);
    expect(historyIds(after)).toEqual([]);
    // What the popup shows of it carries no id: nothing can be stored against their activity later.
    expect((after.lastAnalysis as { activity: { id?: string; temperatureC?: number } }).activity).toMatchObject({ temperatureC: 31 });
    expect((after.lastAnalysis as { activity: { id?: string } }).activity.id).toBeUndefined();

    // The runner opens the activity again: it is stored, and so is what they type on it.
    await own.reload();
    await expect.poll(async () => historyIds(await stored(options)), { timeout: 20_000 }).toEqual([OWN]);
    await own.locator('[data-cramp-check="panel"] .cc-manual input[name="temperatureC"]').waitFor({ timeout: 20_000 });
    await typeTemperature(own, '22');
    expect((await stored(options))[`manual:strava:${OWN}`]).toEqual({ temperatureC: 22 });
    expect(`manual:strava:${THEIRS}` in (await stored(options))).toBe(false);
    await Promise.all([own.close(), theirs.close(), options.close()]);
  });
});
