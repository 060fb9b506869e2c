/**
 * Issue 13.8: the layout of README "Source layout" holds, checked on the module graph the bundler
 * resolves (module-graph.ts), and every rule is shown to FAIL on a violation planted in memory —
 * among them each one that once slipped past a regex-based version of this test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Graph, globalsUsed, moduleGraph, ROOT, reachable, SRC, sourceFiles } from './module-graph';
import { RULES } from './rules';

const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { background: { service_worker: string } };
/** The Strava content script's entry (one per site, src/content/entries; the manifest's list is generated from the site list). */
const stravaScript = 'src/content/entries/strava.ts';
const backgroundEntry = manifest.background.service_worker;
const firstFile = (folder: string) => `src/${folder}/${readdirSync(join(SRC, folder)).find((f) => /\.tsx?$/.test(f))}`;
/** An import specifier from `from` (a path under the root) to `to`, without extension. */
const importPath = (from: string, to: string) => {
  const path = relative(join(ROOT, from, '..'), join(ROOT, to)).replace(/\.tsx?$/, '');
  return path.startsWith('.') ? path : `./${path}`;
};

/** One violation per rule, each in memory only; the tree itself is never touched. */
const PLANTS: Record<string, { rule: string; file: string; code: string }> = {
  'the Strava content script importing analyze from ../core (zod pulled in)': {
    rule: 'content scripts bundle no zod (not even through src/core)',
    file: stravaScript,
    code: `${readFileSync(join(ROOT, stravaScript), 'utf8')}\nimport { analyze } from '${importPath(stravaScript, 'src/core/index.ts')}';\nvoid analyze;\n`,
  },
  'chrome.* in src/sites': {
    rule: 'only src/platform touches the browser API (chrome.*, browser.*, webextension-polyfill)',
    file: 'src/sites/planted-chrome.ts',
    code: 'export const planted = () => chrome.runtime.id;\n',
  },
  'globalThis.browser.* in src/sites': {
    rule: 'only src/platform touches the browser API (chrome.*, browser.*, webextension-polyfill)',
    file: 'src/sites/planted-browser.ts',
    code: 'export const planted = () => globalThis.browser.storage.local;\n',
  },
  'src/platform importing src/background': {
    rule: 'src/platform imports no entry point and no UI',
    file: 'src/platform/planted.ts',
    code: `import * as background from '${importPath('src/platform/planted.ts', backgroundEntry)}';\nexport const planted = background;\n`,
  },
  'src/ui importing webextension-polyfill': {
    rule: 'only src/platform touches the browser API (chrome.*, browser.*, webextension-polyfill)',
    file: 'src/ui/planted.ts',
    code: "import browser from 'webextension-polyfill';\nexport const planted = browser;\n",
  },
  'src/sites importing src/ui': {
    rule: 'src/sites imports only src/sites and src/core',
    file: 'src/sites/planted-ui.ts',
    code: `import * as ui from '${importPath('src/sites/planted-ui.ts', firstFile('ui'))}';\nexport const planted = ui;\n`,
  },
  'performance.now() in src/core': {
    rule: 'src/core touches no DOM, browser or clock',
    file: 'src/core/planted-performance.ts',
    code: 'export const planted = () => performance.now();\n',
  },
  'Date.now() in src/core': {
    rule: 'src/core touches no DOM, browser or clock',
    file: 'src/core/planted-date-now.ts',
    code: 'export const planted = () => Date.now();\n',
  },
  'new Date() without arguments in src/core': {
    rule: 'src/core touches no DOM, browser or clock',
    file: 'src/core/planted-new-date.ts',
    code: 'export const planted = () => new Date().getTime();\n',
  },
  'src/core importing src/platform': {
    rule: 'src/core imports only src/core, and zod only through core/zod.ts (zod/mini, jitless)',
    file: 'src/core/planted-import.ts',
    code: `import * as platform from '${importPath('src/core/planted-import.ts', firstFile('platform'))}';\nexport const planted = platform;\n`,
  },
  'src/core/movement-cost.ts importing from src/core/race': {
    rule: 'src/core reaches src/core/race only through src/core/index.ts',
    file: 'src/core/movement-cost.ts',
    code: `${readFileSync(join(ROOT, 'src/core/movement-cost.ts'), 'utf8')}\nexport { stretch } from './race/grade-pacing';\n`,
  },
  'full zod imported anywhere': {
    rule: 'only src/core/zod.ts imports zod, and nothing reaches full zod',
    file: 'src/options/planted-zod.ts',
    code: "import { z } from 'zod';\nexport const planted = z.string();\n",
  },
  'the popup importing the options page': {
    rule: 'entry folders (content, background, popup, options) do not import each other',
    file: 'src/popup/planted.ts',
    code: `import * as options from '${importPath('src/popup/planted.ts', firstFile('options'))}';\nexport const planted = options;\n`,
  },
  'src/ui importing a content script': {
    rule: 'src/ui imports no entry point',
    file: 'src/ui/planted-content.ts',
    code: `import * as content from '${importPath('src/ui/planted-content.ts', stravaScript)}';\nexport const planted = content;\n`,
  },
};

/** Dodges of the browser-API rule, planted from tests/fixtures/architecture at their src/ paths. */
const DODGES_DIR = join(ROOT, 'tests/fixtures/architecture');
const DODGES = Object.fromEntries(sourceFiles(join(DODGES_DIR, 'src')).map((path) => [relative(DODGES_DIR, path), readFileSync(path, 'utf8')]));
const BROWSER_RULE = 'only src/platform touches the browser API (chrome.*, browser.*, webextension-polyfill)';

let tree: Graph;
let planted: Graph;
let dodged: Graph;
beforeAll(async () => {
  tree = await moduleGraph();
  planted = await moduleGraph(Object.fromEntries(Object.values(PLANTS).map((p) => [p.file, p.code])));
  dodged = await moduleGraph(DODGES);
}, 90_000);

describe('architecture, on the resolved module graph', () => {
  it('sees the whole tree, resolved: content scripts, packages, type-only imports erased', () => {
    expect(tree.modules.size).toBeGreaterThan(150);
    expect(tree.contentScripts).toContain(stravaScript);
    expect(tree.contentScripts.length).toBeGreaterThanOrEqual(4);
    expect(tree.modules.has('node_modules/zod/mini/index.js')).toBe(true);
    // The background reaches the engine and zod; the Strava content script reaches neither.
    expect([...reachable(tree, backgroundEntry)].some((id) => id.startsWith('node_modules/zod/'))).toBe(true);
    expect([...reachable(tree, stravaScript)].some((id) => id.startsWith('src/core/analyze'))).toBe(false);
    // A route's GPX is fetched by the content script but parsed on the race page: no XML reader in a content script.
    expect([...reachable(tree, stravaScript)].filter((id) => id.includes('@tmcw/togeojson') || id.startsWith('src/race/'))).toEqual([]);
    expect([...reachable(tree, 'src/race/index.tsx')].some((id) => id.includes('@tmcw/togeojson'))).toBe(true);
  });

  it.each(Object.keys(RULES))('holds: %s', (rule) => {
    expect(RULES[rule]?.(tree)).toEqual([]);
  });

  it.each(Object.entries(PLANTS))('fails when a violation is planted: %s', (_, plant) => {
    const violations = RULES[plant.rule]?.(planted) ?? [];
    expect(violations.filter((v) => v.startsWith(plant.file))).not.toEqual([]);
    // …and only because of the plant: the same rule holds on the tree as it is.
    expect(RULES[plant.rule]?.(tree)).toEqual([]);
  });

  it('every rule has a planted violation that makes it fail', () => {
    expect(new Set(Object.values(PLANTS).map((p) => p.rule))).toEqual(new Set(Object.keys(RULES)));
  });

  it('comments name only source files that exist (issue 13.9: no references to files that are gone)', () => {
    const names = new Set([...tree.sources.keys()].map((id) => id.split('/').pop()));
    const FILE = /[\w./-]*?[\w-]+\.(?:tsx?|mjs|md)\b/g;
    // A path from the root (tests/…, src/…, docs/…) must exist; a bare source name must be a source
    // file's; a path outside the repository (/work/…) is never a reference a reader can follow.
    const exists = (f: string) =>
      f.startsWith('/') ? false : /^(src|tests|scripts|docs)\//.test(f) || f === 'README.md' ? existsSync(join(ROOT, f)) : /\.(md|mjs)$/.test(f) || names.has(f.split('/').pop());
    const stale = [...tree.sources].flatMap(([id, code]) =>
      [...code.matchAll(/\/\/.*$|\/\*[\s\S]*?\*\//gm)].flatMap((comment) => (comment[0].match(FILE) ?? []).filter((f) => !exists(f)).map((f) => `${id} mentions ${f}`)),
    );
    expect(stale).toEqual([]);
    expect(names.has('listen.ts')).toBe(false);
  });

  it('reads code, not prose: comments, strings and local names are not globals', () => {
    const decoy = "// performance.now() and chrome.runtime\nconst s = 'Date.now() window.alert';\nconst performance = { now: () => 1 };\nexport const f = (chrome: { id: string }) => chrome.id + performance.now() + s + new Date(0).getTime();\n";
    expect(globalsUsed(decoy, 'decoy.ts').filter((g) => ['performance', 'chrome', 'Date.now', 'window', 'new Date()'].includes(g))).toEqual([]);
    expect(globalsUsed('export const f = () => globalThis.performance.now() + window.chrome.runtime.id;', 'x.ts')).toEqual(expect.arrayContaining(['performance', 'chrome']));
  });

  it('reads property names as names: state.window and { window: … } are not the global, a bare or shorthand window is', () => {
    const names = "const state: { window: number | null; fetch(): void } = { window: null, fetch() {} };\nexport const f = () => state.window;\nclass C { document = 1; }\n";
    expect(globalsUsed(names, 'names.ts').filter((g) => ['window', 'fetch', 'document'].includes(g))).toEqual([]);
    expect(globalsUsed('export const f = () => window;', 'x.ts')).toContain('window');
    expect(globalsUsed('export const f = () => ({ window });', 'x.ts')).toContain('window');
  });
});

describe('the browser API object, however it is imported', () => {
  const outside = Object.keys(DODGES).filter((file) => !file.startsWith('src/platform/'));

  it('has a planted dodge of each kind to find', () => {
    expect(outside.length).toBeGreaterThanOrEqual(9);
  });

  it.each(outside)('is found in %s', (file) => {
    const violations = RULES[BROWSER_RULE]?.(dodged) ?? [];
    expect(violations.filter((v) => v.startsWith(`${file} `))).not.toEqual([]);
  });

  it('is allowed in src/platform, the routes the dodges take', () => {
    const violations = RULES[BROWSER_RULE]?.(dodged) ?? [];
    expect(violations.filter((v) => v.startsWith('src/platform/'))).toEqual([]);
    expect(violations.filter((v) => !Object.hasOwn(DODGES, v.split(' ')[0] ?? ''))).toEqual([]);
  });
});
