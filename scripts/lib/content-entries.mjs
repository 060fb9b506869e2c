// The content-script entries, generated from THE site list (src/sites/index.ts, issue 13.1).
// @crxjs builds each standalone content script in a sub-build of its own (no config file, no
// plugins), so the entry must be a real file on disk: a virtual module would not resolve there.
// The files are therefore written here — by vite.config.ts before @crxjs reads its config, and by
// vitest.config.ts before the tests that read them — and kept out of git (.gitignore): adding a
// site is its folder and one line in SITES, nothing in src/content.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the entries live, from the repository root (src/sites/index.ts `contentEntryOf` agrees). */
export const ENTRIES_DIR = 'src/content/entries';

/**
 * The whole entry of site `id`: its page half (`<id>Page` from src/sites/<id>/page.ts) handed to the
 * shared content-script start, nothing else — so the bundle reaches that page half only.
 * @param {string} id
 */
export function contentEntrySource(id) {
  if (!/^[a-z][a-z0-9]*$/.test(id)) throw new Error(`not a site id: ${JSON.stringify(id)}`);
  return [
    `// Generated from src/sites/index.ts by scripts/lib/content-entries.mjs; not in git, do not edit.`,
    `// The ${id} content script: its site's page half, nothing else (each content script ≤ 15 kB gzipped).`,
    `import { ${id}Page } from '../../sites/${id}/page';`,
    `import { startContentScript } from '../start';`,
    ``,
    `void startContentScript(${id}Page, window);`,
    ``,
  ].join('\n');
}

/**
 * Writes one entry per site id under `root`, rewriting only files whose text changed (no needless
 * rebuilds) and removing entries of sites no longer in the list. Returns the files it wrote.
 * @param {readonly string[]} ids
 * @param {string} root
 * @returns {string[]}
 */
export function writeContentEntries(ids, root) {
  const dir = join(root, ENTRIES_DIR);
  mkdirSync(dir, { recursive: true });
  const wanted = new Set(ids.map((id) => `${id}.ts`));
  for (const name of readdirSync(dir)) if (!wanted.has(name)) rmSync(join(dir, name), { force: true });
  const written = [];
  for (const id of ids) {
    const file = join(dir, `${id}.ts`);
    const source = contentEntrySource(id);
    if (existsSync(file) && readFileSync(file, 'utf8') === source) continue;
    writeFileSync(file, source);
    written.push(`${ENTRIES_DIR}/${id}.ts`);
  }
  return written;
}
