// Enforces the layout in README "Source layout": contexts stay apart and src/core stays pure.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

interface Import {
  file: string;
  folder: string;
  specifier: string;
  /** The top folder under src/ the import points into, or null for packages. */
  target: string | null;
  /** `import type`: erased from the build, so it carries no code. */
  typeOnly: boolean;
}

const folderOf = (path: string) => relative(SRC, path).split('/')[0] ?? '';

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return found.map((m) => {
    const specifier = m[1] ?? m[2] ?? '';
    return {
      file: relative(SRC, file),
      folder: folderOf(file),
      specifier,
      target: specifier.startsWith('.') ? folderOf(resolve(dirname(file), specifier)) : null,
      typeOnly: /^(import|export)\s+type\b/.test(m[0]),
    };
  });
}

/** The code without comments and string literals, so prose like "a 30-day window." is not code. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
}

const files = sourceFiles(SRC);
const imports = files.flatMap(importsOf);
const ENTRY_FOLDERS = ['content', 'background', 'popup', 'options'];

describe('architecture', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(imports.length).toBeGreaterThan(50);
  });

  it('src/core imports nothing but itself and zod', () => {
    const bad = imports.filter((i) => i.folder === 'core' && !(i.target === 'core' || i.specifier === 'zod/mini'));
    expect(bad).toEqual([]);
  });

  it('src/core uses no DOM, browser or clock globals', () => {
    const offenders = files
      .filter((f) => folderOf(f) === 'core')
      .filter((f) => /\b(document|window|browser|chrome|localStorage|navigator)\.|Date\.now\(|new Date\(\)/.test(codeOnly(readFileSync(f, 'utf8'))))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('sees code through comments and strings, so the purity check can fail', () => {
    expect(codeOnly("const a = 'a 30-day window.'; // window.open\nwindow.alert(1);")).toBe("const a = ''; \nwindow.alert(1);");
  });

  it('only src/platform imports webextension-polyfill', () => {
    const bad = imports.filter((i) => i.specifier === 'webextension-polyfill' && i.folder !== 'platform');
    expect(bad).toEqual([]);
    expect(imports.some((i) => i.specifier === 'webextension-polyfill')).toBe(true);
  });

  it('entry folders do not import each other', () => {
    // A `?script` import is the path of a built content script (for registration), not its code.
    const bad = imports.filter(
      (i) =>
        ENTRY_FOLDERS.includes(i.folder) &&
        i.target !== null &&
        ENTRY_FOLDERS.includes(i.target) &&
        i.target !== i.folder &&
        !i.specifier.endsWith('?script'),
    );
    expect(bad).toEqual([]);
  });

  it('site adapters and shared UI import no entry point and no browser code', () => {
    const bad = imports.filter(
      (i) =>
        (i.folder === 'sites' || i.folder === 'ui') &&
        i.target !== null &&
        (ENTRY_FOLDERS.includes(i.target) || (i.folder === 'sites' && i.target === 'platform')),
    );
    expect(bad).toEqual([]);
  });

  it('the Strava content script copies text only: no parsing code or zod in the page', () => {
    // Everything reachable from src/content/strava.ts, following relative imports.
    const seen = new Set<string>();
    const queue = [resolve(SRC, 'content/strava.ts')];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const i of importsOf(file)) {
        if (i.typeOnly || !i.specifier.startsWith('.') || i.specifier.endsWith('.css?inline')) continue;
        const base = resolve(dirname(file), i.specifier);
        const target = [base, `${base}.ts`, `${base}.tsx`].find((p) => files.includes(p));
        if (target) queue.push(target);
      }
    }
    const reached = [...seen].map((f) => relative(SRC, f));
    expect(reached).toContain('sites/strava/reading.ts');
    expect(reached.filter((f) => /sites\/shared\/(labels|numbers|units|dates|sports|durations|stat-values|draft)|core\/(zod|plausibility)|sites\/strava\/extract/.test(f))).toEqual([]);
  });

  it('nothing imports full zod (only zod/mini keeps the content script small)', () => {
    expect(imports.filter((i) => i.specifier === 'zod' || i.specifier.startsWith('zod/v4'))).toEqual([]);
  });
});
