/** Strava: one definition, listed once in src/sites/index.ts. */
import type { SiteDefinition } from '../types';
import { stravaBackground } from './background';
import { stravaMeta } from './meta';
import { stravaPage } from './page';

export const stravaSite: SiteDefinition = { meta: stravaMeta, page: stravaPage, background: stravaBackground };
