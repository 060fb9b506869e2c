// The JSON readers fuzzed as production runs them (issue 13.10): Garmin Connect's and intervals.icu's
// page halves fetch the site's own JSON; here those payloads (the real Garmin activity, the documented
// Garmin weather and intervals.icu activity) are mutated, captured as the page half would, sent
// through JSON and read by the sites' background halves. Same invariants as the page fuzz.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../src/sites/index';
import { activityUrlFor, checkResult, FUZZ_NOW, jsonSites, runJsonCase, unfuzzedSites } from './mutate';

const FIXTURES = resolve(__dirname, '../fixtures');
const text = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const sites = jsonSites({
  garminActivity: text('garmin/activity-trail-run.json'),
  garminWeather: text('garmin/synthetic-weather-from-public-docs.json'),
  intervalsActivity: text('intervals/synthetic-activity-from-api-docs.json'),
});
const SEED = 11;
const CASES = 300;

describe('JSON readers on mutated payloads', () => {
  it('with the page readers, drive every site in SITES, and would name one that escaped', () => {
    const probe = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    expect(unfuzzedSites(probe, sites)).toEqual([]);
    const intervals = SITES.find((s) => s.meta.id === 'intervals');
    if (!intervals) throw new Error('intervals.icu is a site');
    const added = { ...intervals, meta: { ...intervals.meta, id: 'new-site' } };
    expect(unfuzzedSites(probe, sites, [...SITES, added])).toEqual(['new-site']);
  });

  it('read the unmutated payloads within the invariants, with the stats in them', () => {
    for (const site of sites) {
      const result = site.read(site.capture(site.texts));
      expect(checkResult(result), site.id).toEqual([]);
      expect(result.activity.movingS, site.id).toBeGreaterThan(0);
    }
  });

  it(`never throw nor return an out-of-range value (${CASES} cases, seed ${SEED}), and the mutations change what is read`, () => {
    const baseline = new Map(sites.map((s) => [s.id, JSON.stringify(s.read(s.capture(s.texts)).activity)]));
    const changed = new Map<string, number>();
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const result = runJsonCase(i, SEED, sites);
      failures.push(...result.failures.map((f) => `case ${f.index} ${f.adapter}: ${f.problems.join('; ')}`));
      for (const [id, r] of result.results) if (JSON.stringify(r.activity) !== baseline.get(id)) changed.set(id, (changed.get(id) ?? 0) + 1);
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // A fuzzer that never reached the stats would pass vacuously.
    for (const site of sites) expect(changed.get(site.id) ?? 0, site.id).toBeGreaterThan(CASES / 10);
  });
});

describe('every site’s background half on any capture a content script could send', () => {
  it.each(SITES.map((s) => [s.meta.id, s] as const))('%s never throws and stays within the invariants', (_, site) => {
    const url = activityUrlFor(site);
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (capture) => {
        expect(checkResult(site.background.interpret(capture, url, FUZZ_NOW))).toEqual([]);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
