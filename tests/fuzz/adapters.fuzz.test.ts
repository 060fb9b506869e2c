// A fast sample of `npm run fuzz`: 200 seeded cases of mutated saved pages through every site that
// reads its page (capture → JSON → interpret, as production runs). Same mutations and invariants
// (tests/fuzz/mutate.ts); the full run does 10,000+. JSON sites: tests/fuzz/json-readers.fuzz.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CaseFailure, checkOwnNumbers, checkResult, collectTargets, damageNumber, type Fixture, makeRng, type PageReader, pageReaders, runCase, trimPage } from './mutate';

const FIXTURES = resolve(__dirname, '../fixtures');
const SEED = 7;
const CASES = 200;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const adapters = pageReaders(parse('<html><body></body></html>'));

function loadFixtures(): Fixture[] {
  const files = (readdirSync(FIXTURES, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
  return files.map((file) => {
    const html = trimPage(readFileSync(join(FIXTURES, file), 'utf8'));
    const doc = parse(html);
    const read = () => JSON.stringify(adapters.map((adapter) => adapter.extract(doc).activity));
    return { name: relative(FIXTURES, join(FIXTURES, file)), html, doc, targets: collectTargets(doc, read) };
  });
}

describe('site adapters on mutated saved pages', () => {
  const fixtures = loadFixtures();

  it('has pages to mutate, and drives every site that reads its page: Strava and Runalyze', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    expect(adapters.map((a) => a.id)).toEqual(['strava', 'runalyze']);
  });

  it('reads every unmutated page within the invariants', () => {
    for (const f of fixtures) {
      for (const adapter of adapters) expect(checkResult(adapter.extract(f.doc)), `${f.name} / ${adapter.id}`).toEqual([]);
    }
  });

  it(`never throws nor returns an out-of-range value (${CASES} cases, seed ${SEED})`, () => {
    const snapshots = fixtures.map((f) => f.doc.documentElement.outerHTML);
    const failures: CaseFailure[] = [];
    for (let i = 0; i < CASES; i++) failures.push(...runCase(i, SEED, fixtures, adapters, parse).failures);
    const report = failures.slice(0, 5).map((f) => `case ${f.index} ${f.adapter} on ${f.fixture}: ${f.problems.join('; ')} after ${f.ops.join(' | ')}`);
    expect(report).toEqual([]);
    // Every case undid its mutations (and no adapter changed the page).
    expect(fixtures.map((f) => f.doc.documentElement.outerHTML)).toEqual(snapshots);
  }, 60_000);

  it('the invariants catch what they should', () => {
    const ok = { layout: 'classic', activity: { sport: 'ride', movingS: 755, distanceM: 5190, temperatureC: 27 }, unread: [], rejected: [] };
    expect(checkResult(ok)).toEqual([]);
    const bad = (activity: Record<string, unknown>) => checkResult({ ...ok, activity });
    expect(bad({ movingS: Number.NaN })).toHaveLength(1);
    expect(bad({ distanceM: Number.POSITIVE_INFINITY })).toHaveLength(1);
    expect(bad({ temperatureC: 56 })).toHaveLength(1);
    expect(bad({ distanceM: -1 })).toHaveLength(1);
    expect(bad({ sport: 'swim' })).toHaveLength(1);
    expect(bad({ startTime: 'yesterday' })).toHaveLength(1);
    expect(bad({ movingS: '755' })).toHaveLength(1);
    expect(checkResult(undefined)).toHaveLength(1);
  });

  it('finds the bugs of a naive adapter (the mutations reach the stats)', () => {
    // Reads the first headline number without limits, and parses the public view's JSON unguarded.
    const naive: PageReader = {
      id: 'naive',
      url: new URL('https://www.strava.com/activities/2173828434'),
      extract: (doc) => {
        const props = doc.querySelector('[data-react-props]')?.getAttribute('data-react-props');
        if (props) JSON.parse(props);
        const text = doc.querySelector('.inline-stats strong')?.textContent ?? '';
        const distanceM = Number.parseFloat(text) * 1000;
        return { layout: 'naive', activity: Number.isNaN(distanceM) ? {} : { distanceM }, unread: [], rejected: [] };
      },
    };
    const kinds = new Set<string>();
    const unmutated = (doc: Document) => {
      try {
        return JSON.stringify(naive.extract(doc).activity);
      } catch {
        return 'threw';
      }
    };
    const baseline = new Map(fixtures.map((f) => [f.name, unmutated(f.doc)]));
    let changed = 0;
    for (let i = 0; i < CASES; i++) {
      const result = runCase(i, SEED, fixtures, [naive], parse);
      for (const f of result.failures) kinds.add(f.problems[0]?.split(' ')[0] ?? '');
      const read = result.results.get('naive');
      if (read && JSON.stringify(read.activity) !== baseline.get(result.fixture)) changed++;
    }
    // Its unguarded JSON.parse is caught, and the mutations reach the number it reads (its missing
    // range check is what 'the invariants catch what they should' proves on such numbers).
    expect([...kinds]).toContain('threw');
    expect(changed).toBeGreaterThan(0);
  }, 60_000);

  it('values are checked against the page’s own numbers, not only for range', () => {
    const page = fixtures.find((f) => f.name.endsWith('classic-ride-2173828434.html')) as Fixture;
    const strava = adapters[0] as PageReader;
    const read = strava.extract(page.doc);
    expect(checkOwnNumbers(page.doc, strava.url, read)).toEqual([]);
    // 5.19 km read as 5 km is in range, but not what the page's own 5191.1 m says.
    expect(checkOwnNumbers(page.doc, strava.url, { ...read, activity: { ...read.activity, distanceM: 5000 } })).toEqual(["distanceM = 5000 but the page's own number is 5191.1"]);
  });

  it('a number damaged by an invisible character or a stray space is never half-read (every key value of every page)', () => {
    const rng = makeRng(SEED);
    const wrong: string[] = [];
    let damaged = 0;
    for (const f of fixtures) {
      for (const node of f.targets.keyValues) {
        const original = node.data;
        for (let n = 0; n < 4; n++) {
          node.data = damageNumber(original, rng);
          if (node.data === original) continue;
          damaged++;
          for (const adapter of adapters) {
            for (const problem of checkOwnNumbers(f.doc, adapter.url, adapter.extract(f.doc))) wrong.push(`${f.name}: ${JSON.stringify(node.data)}: ${problem}`);
          }
        }
        node.data = original;
      }
    }
    expect(damaged).toBeGreaterThan(100);
    expect(wrong.slice(0, 5)).toEqual([]);
  }, 60_000);

  it('every site gets mutations that change what it reads, Runalyze as well as Strava', () => {
    const baseline = new Map(fixtures.map((f) => [f.name, new Map(adapters.map((a) => [a.id, JSON.stringify(a.extract(f.doc).activity)]))]));
    const changed = new Map<string, number>();
    for (let i = 0; i < CASES; i++) {
      const result = runCase(i, SEED, fixtures, adapters, parse);
      for (const [id, read] of result.results) {
        if (JSON.stringify(read.activity) !== baseline.get(result.fixture)?.get(id)) changed.set(id, (changed.get(id) ?? 0) + 1);
      }
    }
    for (const adapter of adapters) expect(changed.get(adapter.id) ?? 0, adapter.id).toBeGreaterThan(CASES / 10);
  }, 60_000);

  it('mutations are reproducible from the seed', () => {
    const a = runCase(123, SEED, fixtures, adapters, parse);
    const b = runCase(123, SEED, fixtures, adapters, parse);
    expect(a.ops).toEqual(b.ops);
    expect(a.fixture).toBe(b.fixture);
    expect(JSON.stringify([...a.results])).toBe(JSON.stringify([...b.results]));
  });
});
