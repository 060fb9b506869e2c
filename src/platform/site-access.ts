import { browser } from './browser';

/** Host access for one site, asked for when the runner switches it on (must run in a click handler). */
export const requestSiteAccess = (origins: string[]): Promise<boolean> => browser.permissions.request({ origins });
export const dropSiteAccess = (origins: string[]): Promise<boolean> => browser.permissions.remove({ origins });
export const hasSiteAccess = (origins: string[]): Promise<boolean> => browser.permissions.contains({ origins });

export interface DynamicScript {
  id: string;
  matches: string[];
  /** The built file, as given by Vite (`?script` import). */
  file: string;
}

/**
 * Makes the registered content scripts match `wanted`: registers the missing ones, unregisters
 * those no longer wanted (site switched off, or access withdrawn in the browser's settings).
 */
export async function syncContentScripts(wanted: DynamicScript[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const registeredIds = new Set(registered.map((s) => s.id));
  const wantedIds = new Set(wanted.map((s) => s.id));
  const stale = [...registeredIds].filter((id) => !wantedIds.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = wanted.filter((s) => !registeredIds.has(s.id));
  if (missing.length > 0) {
    await browser.scripting.registerContentScripts(
      missing.map((s) => ({ id: s.id, matches: s.matches, js: [s.file], runAt: 'document_idle' as const, persistAcrossSessions: true })),
    );
  }
}

/** Calls `listener` when the runner grants or withdraws host access in the browser itself. */
export function onSiteAccessChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
}
