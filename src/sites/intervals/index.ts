/** intervals.icu: one definition, listed once in src/sites/index.ts. */
import type { SiteDefinition } from '../types';
import { intervalsBackground } from './background';
import { intervalsMeta } from './meta';
import { intervalsPage } from './page';

export const intervalsSite: SiteDefinition = { meta: intervalsMeta, page: intervalsPage, background: intervalsBackground };
