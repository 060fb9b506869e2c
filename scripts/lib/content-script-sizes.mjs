// The size of every site's content script as built (issue 13.3): each site has its own entry
// (src/content/entries/<site>.ts, generated from src/sites/index.ts by scripts/lib/content-entries.mjs
// whenever Vite or Vitest loads its config — tests/sites/conventions.test.ts),
// built standalone, so each page loads exactly one file; each is measured and budgeted on its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_BUDGET_GZIP_BYTES = 15 * 1024;

/** The file and every file it imports (a standalone build imports none; followed in case that changes). */
function withImports(dist, entry) {
  const queue = [entry];
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["']([^"']+\.js)["']|chrome\.runtime\.getURL\(\s*["']([^"']+\.js)["']/g)) {
      const spec = m[1] ?? m[2];
      queue.push(spec.startsWith('.') ? resolve(dirname(file), spec) : join(dist, spec.replace(/^\//, '')));
    }
  }
  return [...seen];
}

/**
 * One row per site: its built script's raw and gzipped bytes (everything it loads), or
 * `missing: true` when the build has no file for a site's entry.
 */
export function contentScriptSizes(dist = resolve('dist'), entriesDir = resolve('src/content/entries')) {
  // No entries folder: nothing was built from this checkout yet (the caller reports no script at all).
  if (!existsSync(entriesDir)) return [];
  return readdirSync(entriesDir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => {
      const site = name.replace(/\.ts$/, '');
      const built = join(dist, 'src/content/entries', `${site}.js`);
      if (!existsSync(built)) return { site, file: null, raw: 0, gzip: 0, missing: true };
      let raw = 0;
      let gzip = 0;
      for (const file of withImports(dist, built)) {
        const bytes = readFileSync(file);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
      return { site, file: built.slice(dist.length + 1), raw, gzip, missing: false };
    });
}
