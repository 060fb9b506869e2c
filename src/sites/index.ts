/**
 * THE list of supported sites (issue 13.1): adding a site is its folder + one line here (+ its
 * tests). Everything else is derived from it: the options page's site switches, the background's
 * interpreters and content-script registration, the build's content-script entries and the
 * manifest (vite.config.ts), all checked by tests/sites/conventions.test.ts.
 * Content scripts never import this file: it holds every site's background half.
 */
import { garminSite } from './garmin/index';
import { intervalsSite } from './intervals/index';
import { runalyzeSite } from './runalyze/index';
import { stravaSite } from './strava/index';
import type { SiteDefinition } from './types';

export const SITES: readonly SiteDefinition[] = [stravaSite, garminSite, runalyzeSite, intervalsSite];

const BY_ID = new Map(SITES.map((site) => [site.meta.id, site]));

/** The site named `id`, or null; a Map, so `constructor` or `__proto__` name no site (issue 12.7). */
export const siteById = (id: string): SiteDefinition | null => BY_ID.get(id) ?? null;

/** Built-in sites are on unless switched off; the others are off until switched on (and granted). */
export function siteEnabled(sites: Record<string, boolean>, id: string): boolean {
  const chosen = Object.hasOwn(sites, id) ? sites[id] : undefined;
  return chosen ?? siteById(id)?.meta.builtIn === true;
}

/** The content-script entry of a site, as built (vite.config.ts) and checked by the convention test. */
export const contentEntryOf = (id: string) => `src/content/entries/${id}.ts`;
