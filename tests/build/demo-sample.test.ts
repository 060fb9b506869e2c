// `npm start` opens the run the README's screenshots show and writes its screenshot where the README
// reads it, so what a newcomer sees first is the README's own picture (not a bike ride in artifacts/).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_RUN_URL, serveSampleRun } from '../../scripts/lib/sample-run.mjs';

const root = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

describe('npm start and the README show the same run', () => {
  it('the sample served is a run of the runner’s own, recent enough for the history', () => {
    const served = serveSampleRun()(new URL(SAMPLE_RUN_URL));
    expect(served?.body).toContain('<title>Lunch Run | Run | Strava</title>');
    expect(served?.body).toContain('var currentAthleteId = 505408;');
    expect(served?.body).not.toContain('February 25, 2019');
  });

  it('demo.mjs and the surfaces test both use that sample, and the screenshot goes where the README reads it', () => {
    const demo = read('scripts/demo.mjs');
    expect(demo).toContain("from './lib/sample-run.mjs'");
    expect(demo).not.toMatch(/artifacts|classic-ride/);
    expect(read('tests/e2e/surfaces.test.ts')).toContain("from '../../scripts/lib/sample-run.mjs'");
    const written = /resolve\('(docs\/screenshots\/[\w-]+\.png)'\)/.exec(demo)?.[1];
    expect(written).toBeDefined();
    expect(read('README.md')).toContain(`](${written})`);
  });
});
