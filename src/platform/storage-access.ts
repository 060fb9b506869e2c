import { browser } from './browser';

/**
 * Keeps storage.local away from content scripts where the browser can (Chromium's
 * `setAccessLevel`, default `TRUSTED_AND_UNTRUSTED_CONTEXTS`): a content script runs beside the
 * page's scripts, so it holds only what its panel shows and asks the background for the rest.
 * The level lasts as long as the browser session, so it is set at every worker start. Firefox has
 * no such switch (README, "What the page can and cannot see"): there content scripts can still
 * read storage.local. Says whether the level was set.
 */
export async function restrictStorageToTrustedContexts(): Promise<boolean> {
  const local = browser.storage.local as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch (error) {
    console.warn('Cramp Check: storage access level', error);
    return false;
  }
}
