import { describe, expect, it, vi } from 'vitest';
import { restrictStorageToTrustedContexts } from '../../src/platform/storage-access';
import { fakeBrowser } from '../setup/fake-browser';

describe('storage for trusted contexts only', () => {
  it("asks Chromium's setAccessLevel for TRUSTED_CONTEXTS on storage.local", async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    Object.assign(fakeBrowser().storage.local, { setAccessLevel });
    await expect(restrictStorageToTrustedContexts()).resolves.toBe(true);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('says so where the browser has no such switch, or refuses it (Firefox: storage.session only)', async () => {
    await expect(restrictStorageToTrustedContexts()).resolves.toBe(false);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    Object.assign(fakeBrowser().storage.local, { setAccessLevel: vi.fn(async () => Promise.reject(new Error('not supported for local'))) });
    await expect(restrictStorageToTrustedContexts()).resolves.toBe(false);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
