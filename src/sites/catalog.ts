/**
 * What the extension (not the content script) needs to know about each site: its name, the
 * pages its content script runs on, and the host access to ask for. Strava is granted at
 * install; every other site is an optional host permission asked for when the runner enables it.
 * Kept apart from the adapters so the background and options page load no parsing code.
 */
export interface SiteEntry {
  id: string;
  label: string;
  /** Match patterns for the content script. */
  matches: string[];
  /** Host permissions to request (the origins the content script reads, including its own JSON). */
  origins: string[];
  /** Granted at install (manifest host_permissions + a static content script). */
  builtIn: boolean;
}

export const SITE_CATALOG: readonly SiteEntry[] = [
  { id: 'strava', label: 'Strava', matches: ['https://www.strava.com/activities/*'], origins: ['https://www.strava.com/*'], builtIn: true },
  {
    id: 'garmin',
    label: 'Garmin Connect',
    matches: ['https://connect.garmin.com/*', 'https://connect.garmin.cn/*'],
    origins: ['https://connect.garmin.com/*', 'https://connect.garmin.cn/*'],
    builtIn: false,
  },
  {
    id: 'runalyze',
    label: 'Runalyze',
    matches: ['https://runalyze.com/*', 'https://www.runalyze.com/*'],
    origins: ['https://runalyze.com/*', 'https://www.runalyze.com/*'],
    builtIn: false,
  },
  { id: 'intervals', label: 'Intervals.icu', matches: ['https://intervals.icu/*'], origins: ['https://intervals.icu/*'], builtIn: false },
];

/** Strava is on unless switched off; the others are off until switched on (and granted). */
export const siteEnabled = (sites: Record<string, boolean>, id: string) => sites[id] ?? id === 'strava';
