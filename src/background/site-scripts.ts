import { hasSiteAccess, syncContentScripts, type DynamicScript } from '../platform/site-access';
import * as store from '../platform/storage';
import { contentEntryOf, SITES, siteEnabled } from '../sites/index';

/**
 * The built file of every site's content script, by entry path. `?script` imports give the built
 * file's path, not code: the background loads nothing of them. One glob, so a new site's entry is
 * found without a line here (tests/sites/conventions.test.ts checks each site has one).
 */
const SCRIPT_FILES = import.meta.glob<string>('../content/entries/*.ts', { query: '?script', import: 'default', eager: true });

/** The built content script of a site, or undefined when its entry is missing. */
export const builtScriptOf = (id: string): string | undefined => SCRIPT_FILES[`../${contentEntryOf(id).replace(/^src\//, '')}`];

/**
 * Registers the content script of each optional site that is switched on in the settings AND
 * granted by the browser; unregisters the rest. Safe to call any time (idempotent).
 */
export async function syncSiteScripts(): Promise<DynamicScript[]> {
  const { value: settings } = await store.loadSettings();
  const wanted: DynamicScript[] = [];
  for (const { meta } of SITES) {
    const file = builtScriptOf(meta.id);
    if (meta.builtIn || !file || !siteEnabled(settings.sites, meta.id)) continue;
    if (await hasSiteAccess([...meta.origins])) wanted.push({ id: meta.id, matches: [...meta.matches], file });
  }
  await syncContentScripts(wanted);
  return wanted;
}
