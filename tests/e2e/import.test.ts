// Import in a real browser (issue 12.4): the preview counts what the import writes and what it
// discards; a file too big for the browser's storage quota changes nothing; "Undo import" puts back
// what an import replaced. Test build (dist-test/), Chromium's real storage.local and its quota.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser.mjs';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  browser = await launchWithExtension({ serve: () => null });
});
afterAll(async () => {
  await browser?.close();
});

type Page = Awaited<ReturnType<typeof browser.context.newPage>>;
const file = (data: Record<string, unknown>) => JSON.stringify({ format: 'cramp-check-backup', formatVersion: 1, data });
const stored = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 16);

async function choose(page: Page, text: string) {
  await page.getByLabel('Import data from an export file (.json)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('import in the options page', () => {
  it('a file too big for the storage quota changes nothing: the profile and its weigh-in test stay', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByLabel(/Body mass/).fill('70');
    await options.getByRole('button', { name: 'Save body details', exact: true }).click();
    await expect.poll(() => options.getByText('Saved.').count()).toBe(1);
    const before = await stored(options);
    // About 12 MB of valid manual entries: more than Chrome's 10 MB storage.local quota.
    const manual = Object.fromEntries(Array.from({ length: 260_000 }, (_, i) => [`manual:strava:${1_000_000 + i}`, { movingS: 3600, distanceM: 10_000 }]));
    await choose(options, file({ profile: { units: 'metric', bodyMassKg: 55 }, ...manual }));
    await options.getByText('260000 manual entries added').or(options.getByText('260,000 manual entries added')).waitFor({ timeout: 30_000 });
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByText(/Couldn't import: .*kB the browser allows.* Nothing was changed\./).waitFor({ timeout: 30_000 });
    expect(await stored(options)).toEqual(before);
    await options.close();
  });

  it('previews exactly what it writes and discards, applies it in one go, and can be undone', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const before = await stored(options);
    const history = Array.from({ length: 50 }, (_, i) => ({ source: 'strava', id: `a${i}`, sport: 'run', movingS: 1800, startTime: day(i + 1), extra: 'dropped' }));
    await choose(options, file({ history, 'backup:profile:2026-01-01T00:00:00.000Z': { units: 'metric' }, surprise: 1 }));
    // The preview appears once the file is read and checked: allTextContents alone does not wait for it.
    await expect.poll(() => options.locator('.import-preview li').allTextContents()).toEqual([
      '50 activities added to your history',
      "Not imported (copies of data that couldn't be read are never imported): backup:profile:2026-01-01T00:00:00.000Z",
      'Not imported (unknown to this version): surprise',
    ]);
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByText('Import applied.').waitFor();
    const after = await stored(options);
    const written = (after.history as { data: Record<string, unknown>[] }).data;
    expect(written).toHaveLength(50);
    expect(written.some((a) => 'extra' in a)).toBe(false);
    expect(Object.keys(after).filter((k) => k.startsWith('backup:') || k === 'surprise')).toEqual([]);
    await options.getByRole('button', { name: 'Undo import' }).click();
    await options.getByText(/Import undone/).waitFor();
    expect(await stored(options)).toEqual(before);
    await options.close();
  });

  it('"Undo import" takes back what the import changed and keeps a weigh-in saved after it', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByLabel(/Body mass/).fill('70');
    await options.getByRole('button', { name: 'Save body details', exact: true }).click();
    await expect.poll(async () => ((await stored(options)).profile as { data: { bodyMassKg?: number } } | undefined)?.data.bodyMassKg).toBe(70);
    await choose(options, file({ profile: { version: 2, data: { units: 'metric', bodyMassKg: 55 } } }));
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByText('Import applied.').waitFor();
    // After the import: a weigh-in, saved in the same page.
    await options.getByLabel(/Weight before/).fill('70');
    await options.getByLabel(/Weight after/).fill('69');
    await options.getByLabel(/Drank during/).fill('0.5');
    await options.getByLabel('Duration (min)').fill('60');
    await options.getByRole('button', { name: 'Save test' }).click();
    const profile = async () => ((await stored(options)).profile as { data: { bodyMassKg?: number; sweatTests?: unknown[] } }).data;
    await expect.poll(async () => (await profile()).sweatTests?.length, { timeout: 15_000 }).toBe(1);
    await options.getByRole('button', { name: 'Undo import' }).click();
    await options.getByText(/Import undone/).waitFor();
    expect(await profile()).toMatchObject({ bodyMassKg: 70, sweatTests: [{ preKg: 70, postKg: 69 }] });
    await options.close();
  });
});
