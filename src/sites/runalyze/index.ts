/** Runalyze: one definition, listed once in src/sites/index.ts. */
import type { SiteDefinition } from '../types';
import { runalyzeBackground } from './background';
import { runalyzeMeta } from './meta';
import { runalyzePage } from './page';

export const runalyzeSite: SiteDefinition = { meta: runalyzeMeta, page: runalyzePage, background: runalyzeBackground };
