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

let syncing: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered content scripts match `wanted`: registers the missing ones, updates those
 * whose matches or file changed (a new version), unregisters those no longer wanted (site switched
 * off, or access withdrawn in the browser's settings). Syncs run one after another: two at once
 * (install + a permission event) would both see a script missing and the second registration fail.
 */
export function syncContentScripts(wanted: DynamicScript[]): Promise<void> {
  const run = syncing.then(() => syncNow(wanted), () => syncNow(wanted));
  syncing = run.catch(() => undefined);
  return run;
}

const same = (a: readonly string[] | undefined, b: readonly string[]) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());

async function syncNow(wanted: DynamicScript[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const byId = new Map(registered.map((s) => [s.id, s]));
  const wantedIds = new Set(wanted.map((s) => s.id));
  const stale = [...byId.keys()].filter((id) => !wantedIds.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const toScript = (s: DynamicScript) => ({ id: s.id, matches: s.matches, js: [s.file], runAt: 'document_idle' as const, persistAcrossSessions: true });
  const missing = wanted.filter((s) => !byId.has(s.id));
  if (missing.length > 0) await browser.scripting.registerContentScripts(missing.map(toScript));
  const changed = wanted.filter((s) => {
    const current = byId.get(s.id);
    return current !== undefined && (!same(current.matches, s.matches) || !same(current.js, [s.file]));
  });
  if (changed.length > 0) await browser.scripting.updateContentScripts(changed.map(toScript));
}

/** Calls `listener` when the runner grants or withdraws host access in the browser itself; returns how to stop. */
export function onSiteAccessChanged(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
