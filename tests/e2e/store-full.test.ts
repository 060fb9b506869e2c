// Never locked out, in a real browser: with Chromium's storage.local filled to its quota and a
// damaged profile, the options page still loads, says the store is full, leaves the damaged value
// in place, and offers export and delete. Test build (dist-test/), Chromium's real quota.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser.mjs';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  browser = await launchWithExtension({ serve: () => null });
});
afterAll(async () => {
  await browser?.close();
});

const DAMAGED = { version: 1, data: { units: 'furlongs' } };

describe('a full store', () => {
  it('the options page loads, says the store is full, keeps the damaged profile in place and offers export and delete', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    // Fills storage.local in 512 kB, then ever smaller, pieces until Chromium refuses even one character more.
    const refused = await options.evaluate(async (damaged) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local;
      await local.set({ profile: damaged });
      let n = 0;
      for (let size = 512 * 1024; size >= 1; size = Math.floor(size / 2)) {
        for (;;) {
          try {
            await local.set({ [`padding:${n++}`]: 'x'.repeat(size) });
          } catch {
            break;
          }
        }
      }
      try {
        // What setting the damaged profile aside would write no longer fits.
        await local.set({ 'backup:profile:x': damaged });
        return null;
      } catch (e) {
        return String(e);
      }
    }, DAMAGED);
    expect(refused).toMatch(/quota/i);
    await options.reload();
    await options.locator('#store-full').waitFor();
    expect(await options.locator('#store-full').textContent()).toMatch(/^The browser's storage for Cramp Check is full \([\d,]+ of [\d,]+ kB\)/);
    await options.getByText(/Couldn't read profile, and the full storage left no room to set it aside/).waitFor();
    expect(await options.getByRole('button', { name: 'Export all data' }).count()).toBe(1);
    expect(await options.getByRole('button', { name: 'Delete all data…' }).count()).toBe(1);
    const profile = await options.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('profile')).profile,
    );
    expect(profile).toEqual(DAMAGED);
    // Delete frees the store: the page loads with defaults and no longer says it is full.
    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => options.locator('#store-full').count()).toBe(0);
    await options.close();
  });
});
