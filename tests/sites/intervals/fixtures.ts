/** The intervals.icu fixture (tests only). Synthetic: written from the API's field names, no real payload was available (see its _comment). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const syntheticActivity = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/intervals/synthetic-activity-from-api-docs.json'), 'utf8'));
