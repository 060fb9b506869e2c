// npm run fuzz — every site in SITES as production runs it: page readers over mutated real saved pages
// (tests/fixtures/**/*.html), JSON readers over their mutated payloads (tests/fixtures/garmin, intervals).
// Asserts: extract never throws; every number it returns is finite and within LIMITS; the sport is
// a known one (see checkResult in tests/fuzz/mutate.ts); where the page holds its own numbers, the values
// read agree with them (checkOwnNumbers). Each site's pages get an equal share of the cases. Seeded and reproducible: a failure
// prints the line that replays exactly that case.
//
//   node scripts/fuzz.mjs [--cases 10000] [--seed 20261125] [--case N] [--full-pages]
//
// --case N replays case N of the run (with its mutations and readings listed); --full-pages keeps
// the pages' script code (normally trimmed, after checking every adapter reads the trimmed page
// the same way). The TypeScript sources are loaded through Vite's SSR loader, the DOM is
// happy-dom's. Env: FUZZ_RAW_SHARE (share of raw-markup cases, default 0.05).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { createServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261125' },
    case: { type: 'string' },
    'full-pages': { type: 'boolean', default: false },
    'max-failures': { type: 'string', default: '20' },
  },
});
const baseSeed = Number(args.seed) >>> 0;
const total = Number(args.cases);
const only = args.case === undefined ? null : Number(args.case);
const maxShown = Number(args['max-failures']);
const RAW_SHARE = Number(process.env.FUZZ_RAW_SHARE ?? 0.05);
/**
 * happy-dom keeps every node ever inserted into a window's documents alive until the window is
 * closed (~0.3 MB per case here), so every GENERATION cases the window is closed and the pages
 * parsed afresh. Pages are restored after each case, so this changes no case's outcome; before
 * closing, each page is compared with its original to prove it.
 */
const GENERATION = 500;
const SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
};

function newWindow() {
  const window = new Window({ url: 'https://localhost/', settings: SETTINGS });
  // Adapters may use DOM globals as the browser gives them; keep them from the current window.
  for (const name of ['Node', 'NodeFilter', 'Element', 'HTMLElement', 'Text', 'Document', 'DOMParser']) globalThis[name] = window[name];
  const parser = new window.DOMParser();
  return { window, parse: (html) => parser.parseFromString(html, 'text/html') };
}

const server = await createServer({
  root: ROOT,
  configFile: false,
  logLevel: 'warn',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let dom = newWindow();
let exitCode = 0;
try {
  const fuzz = await server.ssrLoadModule('/tests/fuzz/mutate.ts');
  // Every site that reads its page, driven as production runs it (capture → JSON → interpret).
  const adapters = fuzz.pageReaders(dom.parse('<html><body></body></html>'));
  console.log(`page readers: ${adapters.map((adapter) => `${adapter.id} (${adapter.url.href})`).join(', ')}`);

  // Pages: trimmed when every adapter reads the trimmed page the same way; each must already
  // pass the invariants unmutated.
  const extractAll = (doc) => JSON.stringify(adapters.map((adapter) => adapter.extract(doc)));
  const pages = [];
  const baselineProblems = [];
  let trimmedCount = 0;
  const files = readdirSync(FIXTURES, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .sort();
  for (const file of files) {
    const full = readFileSync(join(FIXTURES, file), 'utf8');
    let html = full;
    let doc = dom.parse(full);
    if (!args['full-pages']) {
      const trimmed = fuzz.trimPage(full);
      const trimmedDoc = dom.parse(trimmed);
      if (extractAll(trimmedDoc) === extractAll(doc)) {
        html = trimmed;
        doc = trimmedDoc;
        trimmedCount++;
      }
    }
    const baseline = new Map();
    for (const adapter of adapters) {
      const result = adapter.extract(doc);
      baseline.set(adapter.id, JSON.stringify(result.activity));
      const problems = fuzz.checkResult(result);
      if (problems.length > 0) baselineProblems.push(`${file} / ${adapter.id}: ${problems.join('; ')}`);
    }
    // The nodes whose change changes a reading: half of all mutations go to them.
    const snapshot = doc.documentElement.outerHTML;
    const { keys } = fuzz.collectTargets(doc, () => extractAll(doc));
    if (doc.documentElement.outerHTML !== snapshot) throw new Error(`${file}: probing for key nodes did not restore the page`);
    pages.push({ name: relative(FIXTURES, join(FIXTURES, file)), html, snapshot, baseline, keys });
  }
  const keyCount = (k) => pages.reduce((sum, p) => sum + p.keys[k].length, 0);
  console.log(
    `fixtures: ${pages.length} pages (${trimmedCount} with script code trimmed; key nodes: ${keyCount('values')} values, ${keyCount('labels')} labels, ${keyCount('attributes')} attributes), seed ${baseSeed}`,
  );
  if (baselineProblems.length > 0) {
    console.log(`unmutated pages already fail:\n  ${baselineProblems.join('\n  ')}`);
    exitCode = 1;
  }

  const parsePages = () =>
    pages.map((p) => {
      const doc = dom.parse(p.html);
      return { ...p, doc, targets: fuzz.collectTargets(doc, undefined, p.keys) };
    });
  const checkRestored = (fixtures, after) => {
    for (const f of fixtures) {
      const now = f.doc.documentElement.outerHTML;
      if (now === f.snapshot) continue;
      let at = 0;
      while (now[at] === f.snapshot[at]) at++;
      console.log(`page ${f.name} differs from its original after case ${after} (an adapter changed the page, or an undo is missing) at ${at}: ${JSON.stringify(now.slice(Math.max(0, at - 40), at + 60))}`);
      exitCode = 1;
    }
  };

  const failures = [];
  const failedCases = new Set();
  const signatures = new Map();
  const changed = new Map();
  const fixtureUsage = new Map();
  let adapterRuns = 0;
  let fixtures = parsePages();
  const from = only ?? 0;
  const to = only === null ? total : only + 1;
  const start = performance.now();
  for (let index = from; index < to; index++) {
    if (index > from && (index - from) % GENERATION === 0) {
      checkRestored(fixtures, index - 1);
      await dom.window.happyDOM.close();
      dom = newWindow();
      fixtures = parsePages();
    }
    let result;
    try {
      result = fuzz.runCase(index, baseSeed, fixtures, adapters, dom.parse, RAW_SHARE);
    } catch (error) {
      // Adapter errors are caught inside runCase; this is the fuzzer's own (mutation or undo).
      console.log(`fuzzer error in case ${index}: replay with node scripts/fuzz.mjs --seed ${baseSeed} --case ${index}`);
      throw error;
    }
    adapterRuns += adapters.length;
    fixtureUsage.set(result.fixture, (fixtureUsage.get(result.fixture) ?? 0) + 1);
    // How often a mutation changed what an adapter read: a fuzzer that never reached the stats
    // would pass vacuously.
    const baseline = pages.find((p) => p.name === result.fixture)?.baseline;
    for (const [id, r] of result.results) {
      if (baseline?.get(id) !== JSON.stringify(r.activity)) changed.set(id, (changed.get(id) ?? 0) + 1);
    }
    if (only !== null) {
      console.log(`case ${index} (case seed ${fuzz.caseSeed(baseSeed, index)}) on ${result.fixture}:\n  ${result.ops.join('\n  ')}`);
      for (const [id, r] of result.results) console.log(`${id}: layout ${r.layout}, activity ${JSON.stringify(r.activity)}`);
    }
    for (const failure of result.failures) {
      failures.push(failure);
      failedCases.add(index);
      const signature = `${failure.adapter}: ${failure.problems[0]?.split('\n')[0].replace(/-?\d[\d.e+]*/g, 'N')}`;
      signatures.set(signature, (signatures.get(signature) ?? 0) + 1);
    }
    if (only === null && (index + 1) % 1000 === 0) {
      const s = (performance.now() - start) / 1000;
      console.log(`  ${index + 1} cases, ${((index + 1 - from) / s) | 0}/s, ${failedCases.size} failing, rss ${(process.memoryUsage().rss / 2 ** 20) | 0} MiB`);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  checkRestored(fixtures, to - 1);
  const cases = to - from;

  for (const f of failures.slice(0, maxShown)) {
    console.log(`\nFAIL case ${f.index} (case seed ${f.seed}) ${f.adapter} on ${f.fixture}`);
    console.log(`  mutations: ${f.ops.join(' | ')}`);
    console.log(`  ${f.problems.join('\n  ')}`);
    console.log(`  replay: node scripts/fuzz.mjs --seed ${baseSeed} --case ${f.index}`);
  }
  if (signatures.size > 0) {
    console.log('\nfailure kinds:');
    for (const [s, n] of [...signatures].sort((a, b) => b[1] - a[1])) console.log(`  ${n}× ${s}`);
  }
  console.log(
    `\n${cases} cases (${adapterRuns} adapter runs over ${fixtureUsage.size} pages) in ${seconds.toFixed(1)} s: ${(cases / seconds).toFixed(0)} cases/s, ${(adapterRuns / seconds).toFixed(0)} adapter runs/s`,
  );
  console.log(`cases where the mutation changed what the adapter read: ${adapters.map((adapter) => `${adapter.id} ${changed.get(adapter.id) ?? 0}`).join(', ')}`);

  // The JSON readers (Garmin Connect, intervals.icu): the same number of cases on their mutated payloads.
  const text = (path) => readFileSync(join(FIXTURES, path), 'utf8');
  const jsonSites = fuzz.jsonSites({
    garminActivity: text('garmin/activity-trail-run.json'),
    garminWeather: text('garmin/synthetic-weather-from-public-docs.json'),
    intervalsActivity: text('intervals/synthetic-activity-from-api-docs.json'),
  });
  const escaped = fuzz.unfuzzedSites(dom.parse('<html><body></body></html>'), jsonSites);
  if (escaped.length > 0) {
    console.error(`sites in SITES that no fuzzer drives (add their payloads to jsonSites): ${escaped.join(', ')}`);
    exitCode = 1;
  }
  const jsonBaseline = new Map(jsonSites.map((site) => [site.id, JSON.stringify(site.read(site.capture(site.texts)).activity)]));
  const jsonChanged = new Map();
  const jsonStart = performance.now();
  for (let index = from; index < to; index++) {
    const result = fuzz.runJsonCase(index, baseSeed, jsonSites);
    for (const failure of result.failures) {
      failures.push(failure);
      failedCases.add(index);
    }
    for (const [id, r] of result.results) if (JSON.stringify(r.activity) !== jsonBaseline.get(id)) jsonChanged.set(id, (jsonChanged.get(id) ?? 0) + 1);
  }
  for (const f of failures.filter((f) => f.fixture.endsWith('JSON')).slice(0, maxShown)) console.log(`\nFAIL case ${f.index} ${f.adapter} JSON: ${f.problems.join('; ')}`);
  console.log(`${cases} JSON cases per JSON site in ${((performance.now() - jsonStart) / 1000).toFixed(1)} s; changed what was read: ${jsonSites.map((site) => `${site.id} ${jsonChanged.get(site.id) ?? 0}`).join(', ')}`);
  console.log(failures.length === 0 ? 'no failures' : `${failedCases.size} failing cases, ${failures.length} failures`);
  if (failures.length > 0) exitCode = 1;
} finally {
  await server.close();
  await dom.window.happyDOM.close();
}
process.exit(exitCode);
