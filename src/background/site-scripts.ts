import garminScript from '../content/garmin.ts?script';
import intervalsScript from '../content/intervals.ts?script';
import runalyzeScript from '../content/runalyze.ts?script';
import { hasSiteAccess, syncContentScripts, type DynamicScript } from '../platform/site-access';
import * as store from '../platform/storage';
import { SITE_CATALOG, siteEnabled } from '../sites/catalog';

// `?script` imports give the built file's path, not code: the background loads nothing of them.
const SCRIPT_FILES: Record<string, string> = { garmin: garminScript, runalyze: runalyzeScript, intervals: intervalsScript };

/**
 * Registers the content script of each optional site that is switched on in the settings AND
 * granted by the browser; unregisters the rest. Safe to call any time (idempotent).
 */
export async function syncSiteScripts(): Promise<DynamicScript[]> {
  const { value: settings } = await store.loadSettings();
  const wanted: DynamicScript[] = [];
  for (const site of SITE_CATALOG) {
    const file = SCRIPT_FILES[site.id];
    if (site.builtIn || !file || !siteEnabled(settings.sites, site.id)) continue;
    if (await hasSiteAccess(site.origins)) wanted.push({ id: site.id, matches: site.matches, file });
  }
  await syncContentScripts(wanted);
  return wanted;
}
