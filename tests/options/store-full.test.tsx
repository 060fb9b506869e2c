// Never locked out: with the store full and a damaged profile the options page still loads, says
// the store is full and offers export and delete; and if the profile cannot be loaded at all,
// export and delete are still there.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bytesOf } from '../../src/platform/storage-usage';
import { fakeBrowser } from '../setup/fake-browser';
import { mountOptions, unmount } from './harness';

const local = () => fakeBrowser().storage.local;
const buttons = (root: HTMLElement) => [...root.querySelectorAll('button')].map((b) => b.textContent);

describe('options page with a full store', () => {
  let root: HTMLElement | undefined;
  afterEach(() => {
    if (root) unmount(root);
    root = undefined;
    vi.restoreAllMocks();
  });

  it('loads with a damaged profile, says the store is full and that the value stays, and offers export and delete', async () => {
    await local().set({ profile: { version: 1, data: { units: 'furlongs' } }, padding: 'x'.repeat(40_000) });
    local().QUOTA_BYTES = bytesOf(await local().get(null));
    root = await mountOptions();
    expect(root.querySelector('#store-full')?.textContent).toMatch(/^The browser's storage for Cramp Check is full \(\d+ of \d+ kB\): nothing new can be saved\..*Export and delete$/);
    expect(root.querySelector('#store-full a')?.getAttribute('href')).toBe('#data-heading');
    expect(root.textContent).toContain("Couldn't read profile, and the full storage left no room to set it aside");
    expect(buttons(root)).toEqual(expect.arrayContaining(['Export all data', 'Delete all data…']));
  });

  it('says nothing about a full store while there is room', async () => {
    root = await mountOptions();
    expect(root.querySelector('#store-full')).toBeNull();
  });

  it('still offers export and delete when the profile cannot be loaded', async () => {
    await local().set({ profile: { version: 1, data: { units: 'furlongs' } } });
    vi.spyOn(local(), 'set').mockRejectedValue(new Error('IO error: the disk went away'));
    root = await mountOptions();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^Couldn't load your profile: .*the disk went away/);
    expect(buttons(root)).toEqual(['Export all data', 'Delete all data…']);
  });
});
