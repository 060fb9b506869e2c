/**
 * The layout rules of README "Source layout", over the resolved module graph (module-graph.ts).
 * Each rule returns its violations as readable lines; an empty list means the rule holds.
 */
import { browserApiHolders } from './bindings';
import { globalsUsed, type Graph, reachable } from './module-graph';

const ENTRY_FOLDERS = ['content', 'background', 'popup', 'options', 'race', 'panel'];
/** src/<folder>/… → folder; a package → null. */
const folderOf = (id: string): string | null => (id.startsWith('src/') ? (id.split('/')[1] ?? null) : null);
const isZod = (id: string) => id.startsWith('node_modules/zod/');
const isPolyfill = (id: string) => id.startsWith('node_modules/webextension-polyfill/');
/** Pure packages core may import, called with every input passed in (no clock): the sun's position (core/sun-position.ts). */
const CORE_PACKAGES = ['node_modules/suncalc/'];

function edges(graph: Graph): { from: string; to: string }[] {
  return [...graph.modules.values()].flatMap((m) => (m.id.startsWith('src/') ? m.imports.map((to) => ({ from: m.id, to })) : []));
}
const show = ({ from, to }: { from: string; to: string }) => `${from} → ${to}`;

/** Globals that would make core depend on a DOM, a browser or the clock. */
const IMPURE = ['document', 'window', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch', 'XMLHttpRequest', 'indexedDB', 'performance', 'chrome', 'browser', 'setTimeout', 'setInterval', 'Date.now', 'new Date()'];

export const RULES: Record<string, (graph: Graph) => string[]> = {
  'src/core imports only src/core, and zod only through core/zod.ts (zod/mini, jitless)': (g) =>
    edges(g)
      .filter(({ from, to }) => folderOf(from) === 'core' && folderOf(to) !== 'core' && !(from === 'src/core/zod.ts' && to === 'node_modules/zod/mini/index.js'))
      .filter(({ from, to }) => !(from === 'src/core/sun-position.ts' && CORE_PACKAGES.some((p) => to.startsWith(p))))
      .map(show),

  // A general fact race day also uses (Minetti's gradient costs) lives in core, not in its race folder.
  'src/core reaches src/core/race only through src/core/index.ts': (g) =>
    edges(g)
      .filter(({ from, to }) => from.startsWith('src/core/') && !from.startsWith('src/core/race/') && from !== 'src/core/index.ts' && to.startsWith('src/core/race/'))
      .map(show),

  'only src/core/zod.ts imports zod, and nothing reaches full zod': (g) => [
    ...edges(g).filter(({ from, to }) => isZod(to) && from !== 'src/core/zod.ts').map(show),
    ...[...g.modules.keys()].filter((id) => /^node_modules\/zod\/(index\.js|v4\/classic\/|v4\/index\.js)/.test(id)),
  ],

  'src/core touches no DOM, browser or clock': (g) =>
    [...g.sources].filter(([id]) => folderOf(id) === 'core').flatMap(([id, code]) => globalsUsed(code, id).filter((name) => IMPURE.includes(name)).map((name) => `${id} uses ${name}`)),

  'only src/platform touches the browser API (chrome.*, browser.*, webextension-polyfill)': (g) => [
    ...edges(g).filter(({ from, to }) => isPolyfill(to) && folderOf(from) !== 'platform').map(show),
    ...[...g.sources]
      .filter(([id]) => folderOf(id) !== 'platform')
      .flatMap(([id, code]) => globalsUsed(code, id).filter((name) => name === 'chrome' || name === 'browser').map((name) => `${id} uses ${name}`)),
    // However it is imported: re-exported, renamed, aliased, as a namespace or a default.
    ...[...browserApiHolders(g.sources)]
      .filter(([id]) => folderOf(id) !== 'platform')
      .flatMap(([id, via]) => via.map((v) => `${id} holds the browser API object as ${v.local} (from ${v.from})`)),
  ],

  'entry folders (content, background, popup, options) do not import each other': (g) =>
    edges(g)
      .filter(({ from, to }) => ENTRY_FOLDERS.includes(folderOf(from) ?? '') && ENTRY_FOLDERS.includes(folderOf(to) ?? '') && folderOf(from) !== folderOf(to))
      .map(show),

  'src/platform imports no entry point and no UI': (g) =>
    edges(g)
      .filter(({ from, to }) => folderOf(from) === 'platform' && [...ENTRY_FOLDERS, 'ui'].includes(folderOf(to) ?? ''))
      .map(show),

  'src/sites imports only src/sites and src/core': (g) =>
    edges(g)
      .filter(({ from, to }) => folderOf(from) === 'sites' && !['sites', 'core'].includes(folderOf(to) ?? ''))
      .map(show),

  'src/ui imports no entry point': (g) =>
    edges(g)
      .filter(({ from, to }) => folderOf(from) === 'ui' && ENTRY_FOLDERS.includes(folderOf(to) ?? ''))
      .map(show),

  'content scripts bundle no zod (not even through src/core)': (g) =>
    g.contentScripts.flatMap((entry) => {
      const bundled = [...reachable(g, entry)];
      const zod = bundled.filter((id) => isZod(id) || id === 'src/core/zod.ts');
      return zod.length > 0 ? [`${entry} bundles ${zod.slice(0, 3).join(', ')}${zod.length > 3 ? ` (+${zod.length - 3})` : ''}`] : [];
    }),
};
