// Two options tabs in a real browser: each save sends what its page started from, so the
// background applies only that page's changes (core/merge-edits.ts). A tab opened before a
// weigh-in was saved in another one must not save its stale profile over it.
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
type Stored = { profile?: { data: { bodyMassKg?: number; sweatTests?: { preKg: number }[] } }; settings?: { data: { sites: Record<string, boolean>; importTrainingLog?: boolean } } };
const stored = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null)) as Promise<Stored>;

async function optionsTab() {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await page.getByLabel(/Body mass/).waitFor();
  return page;
}

describe('two options tabs', () => {
  it('a weigh-in saved in one tab survives a stale save in the other, and both changes are kept', async () => {
    const a = await optionsTab();
    const b = await optionsTab();

    await a.getByLabel(/Weight before/).fill('70');
    await a.getByLabel(/Weight after/).fill('69');
    await a.getByLabel(/Drank during/).fill('0.5');
    await a.getByLabel('Duration (min)').fill('60');
    await a.getByRole('button', { name: 'Save test' }).click();
    await expect.poll(async () => (await stored(a)).profile?.data.sweatTests?.length, { timeout: 15_000 }).toBe(1);

    // Tab B still shows the profile without the weigh-in; it changes the body mass and saves.
    await b.getByLabel(/Body mass/).fill('66');
    await b.getByRole('button', { name: 'Save body details', exact: true }).click();
    await expect.poll(async () => (await stored(b)).profile?.data.bodyMassKg, { timeout: 15_000 }).toBe(66);

    const profile = (await stored(b)).profile?.data;
    expect(profile?.sweatTests?.map((test) => test.preKg)).toEqual([70]);
    // Tab B lists the weigh-in it did not know of: what it shows is what is stored.
    await b.locator('.saved-tests li').first().waitFor({ timeout: 15_000 });
    await a.close();
    await b.close();
  });

  it("settings: the training-log opt-in switched on in one tab stays on when a stale tab switches Strava off", async () => {
    const a = await optionsTab();
    const b = await optionsTab();
    await a.getByRole('checkbox', { name: /training log/ }).check();
    await expect.poll(async () => (await stored(a)).settings?.data.importTrainingLog, { timeout: 15_000 }).toBe(true);

    // Tab B still shows the opt-in off; it switches Strava off.
    await b.getByRole('checkbox', { name: /^Strava/ }).uncheck();
    await expect.poll(async () => (await stored(b)).settings?.data.sites.strava, { timeout: 15_000 }).toBe(false);
    expect((await stored(b)).settings?.data.importTrainingLog).toBe(true);
    await a.close();
    await b.close();
  });
});
