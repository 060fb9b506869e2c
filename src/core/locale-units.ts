import type { Profile, Units } from './profile';

/** Regions that still weigh runners in pounds: the United States, Liberia and Myanmar. */
const IMPERIAL_REGIONS = new Set(['US', 'LR', 'MM']);

/**
 * The units to start with before the runner has saved a profile, from a BCP 47 locale
 * ("en-US", "my", "en-LR"). A bare "my" is Burmese, spoken in Myanmar; a bare "lr" is taken as
 * the region Liberia, as the issue lists it. Anything unknown or malformed falls back to metric.
 */
export function unitsForLocale(locale: string): Units {
  const parts = locale.trim().replace(/_/g, '-').split('-');
  const language = (parts[0] ?? '').toLowerCase();
  if (parts.length === 1 && (language === 'my' || language === 'lr')) return 'imperial';
  const region = parts.slice(1).find((p) => /^[a-z]{2}$/i.test(p));
  return region && IMPERIAL_REGIONS.has(region.toUpperCase()) ? 'imperial' : 'metric';
}

/**
 * The units every surface shows: the runner's choice once a profile is saved; before that, the
 * units the runner's own site last showed (`pageUnits`: Strava follows the runner's setting there),
 * else the locale's. One rule, so the panel, popup and options page never disagree before the first
 * save. (A profile holding nothing but `units` is the default one: nothing was ever saved.)
 */
export function unitsToShow(profile: Profile, locale: string, pageUnits?: Units): Units {
  if (Object.keys(profile).length > 1) return profile.units;
  return pageUnits ?? unitsForLocale(locale);
}
