/** Garmin Connect: one definition, listed once in src/sites/index.ts. */
import type { SiteDefinition } from '../types';
import { garminBackground } from './background';
import { garminMeta } from './meta';
import { garminPage } from './page';

export const garminSite: SiteDefinition = { meta: garminMeta, page: garminPage, background: garminBackground };
