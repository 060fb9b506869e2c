import { garminAdapter } from './garmin/index';
import { intervalsAdapter } from './intervals/index';
import { runalyzeAdapter } from './runalyze/index';
import { stravaAdapter } from './strava/index';
import type { SiteAdapter } from './types';

/** Every supported site, one line each. */
export const SITES: readonly SiteAdapter[] = [stravaAdapter, garminAdapter, runalyzeAdapter, intervalsAdapter];

/** The adapter for a page that shows a single activity, or null. */
export function adapterFor(url: URL, sites: readonly SiteAdapter[] = SITES): { adapter: SiteAdapter; activityId: string } | null {
  for (const adapter of sites) {
    const activityId = adapter.activityId(url);
    if (activityId !== null) return { adapter, activityId };
  }
  return null;
}
