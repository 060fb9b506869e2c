import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './load-fixture';

/** Two real pages of a French-speaking runner's training log (tests/fixtures/strava/training-log-fr-*.json, names replaced). */
export const trainingLogPage = (n: 1 | 2): unknown[] =>
  (JSON.parse(readFileSync(join(FIXTURES, `training-log-fr-${n}.json`), 'utf8')) as { models: unknown[] }).models;
