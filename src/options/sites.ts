/** Sites Cramp Check can read, in the order the options page lists them. Ids are settings.sites keys. */
export const SITE_CHOICES = [
  { id: 'strava', label: 'Strava' },
  { id: 'garmin', label: 'Garmin Connect' },
  { id: 'runalyze', label: 'Runalyze' },
  { id: 'intervals', label: 'Intervals.icu' },
] as const;

/** Strava is on unless switched off; the others are off until switched on. */
export const siteEnabled = (sites: Record<string, boolean>, id: string) => sites[id] ?? id === 'strava';

export const siteLabel = (id: string) => SITE_CHOICES.find((s) => s.id === id)?.label ?? id;
