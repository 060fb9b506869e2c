/**
 * The real-browser helper routes every site of SITES: a request to any of their hosts that a test
 * does not serve gets a site's 404, not the refusal everything else gets. The hosts come from the
 * site list itself, so a site added there is routed; the check below fails for a site the helper
 * would not route (as the hand-kept list did for connect.garmin.cn and www.runalyze.com).
 */
import { describe, expect, it } from 'vitest';
import { loadSites, siteHostsOf, unroutedSites } from '../../scripts/lib/browser.mjs';
import { OPEN_METEO_ORIGINS } from '../../src/platform/open-meteo';
import { SITES } from '../../src/sites/index';
import type { SiteDefinition } from '../../src/sites/types';

describe('real-browser routing', () => {
  it('routes every host of every site in SITES', async () => {
    const sites = (await loadSites()) as SiteDefinition[];
    expect(sites.map((s) => s.meta.id)).toEqual(SITES.map((s) => s.meta.id));
    expect(unroutedSites(SITES, siteHostsOf(sites))).toEqual([]);
  });

  it('names a site whose hosts are not routed', () => {
    const added = { ...SITES[0], meta: { ...SITES[0]?.meta, id: 'new-site', origins: ['https://new-site.example/*'] } } as SiteDefinition;
    expect(unroutedSites([...SITES, added], siteHostsOf(SITES))).toEqual(['new-site']);
    // The list the helper kept by hand before it read SITES.
    expect(unroutedSites(SITES, new Set(['www.strava.com', 'connect.garmin.com', 'runalyze.com', 'intervals.icu']))).toEqual(['garmin', 'runalyze']);
  });

  it('leaves Open-Meteo out of the sites: unserved, it is refused like the rest of the internet', () => {
    const hosts = siteHostsOf(SITES);
    for (const origin of OPEN_METEO_ORIGINS) expect(hosts.has(new URL(origin.replace(/\*$/, '')).hostname)).toBe(false);
  });
});
