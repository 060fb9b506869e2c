/**
 * The source tree as the bundler sees it: every module under src/, its imports RESOLVED by
 * rolldown (the bundler Vite 8 builds with: same TypeScript, JSX, package `exports` and
 * index-file rules), type-only imports already erased, plus each module's parsed AST for the
 * globals it touches. `overrides` replaces a file's text in memory, so tests can plant a
 * violation without touching the tree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { rolldown } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';

export const ROOT = resolve(__dirname, '../..');
export const SRC = join(ROOT, 'src');

export interface ModuleNode {
  /** Path relative to the repository ("src/core/analyze.ts", "node_modules/zod/v4/mini/index.js"). */
  id: string;
  /** Resolved static and dynamic imports, relative paths as `id`. */
  imports: string[];
}

export interface Graph {
  modules: Map<string, ModuleNode>;
  /** Built content scripts: every site's entry (src/content/entries) and every `?script` import. */
  contentScripts: string[];
  /** Source text of each src/ module as built (overrides applied). */
  sources: Map<string, string>;
}

export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const rel = (id: string) => relative(ROOT, id.replace(/\?.*$/, ''));

export async function moduleGraph(overrides: Record<string, string> = {}): Promise<Graph> {
  const modules = new Map<string, ModuleNode>();
  const sources = new Map<string, string>();
  const scripts = new Set<string>();
  // Every site's content script: one entry per site (src/content/entries, checked against the site
  // list by tests/sites/conventions.test.ts), whether the manifest or the background registers it.
  for (const name of readdirSync(join(SRC, 'content/entries'))) if (/\.ts$/.test(name)) scripts.add(`src/content/entries/${name}`);
  const inputs = [...sourceFiles(), ...Object.keys(overrides).map((f) => join(ROOT, f))];
  const bundle = await rolldown({
    input: [...new Set(inputs)],
    platform: 'browser',
    logLevel: 'silent',
    transform: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [
      {
        name: 'architecture-graph',
        resolveId(source, importer) {
          // `?script`: the built file's path for script registration, not its code.
          if (source.endsWith('?script') && importer) {
            scripts.add(rel(resolve(dirname(importer), source.replace(/\?script$/, ''))));
            return { id: `script:${source}`, external: true };
          }
          if (source.endsWith('?inline') && importer) return { id: `${resolve(dirname(importer), source)}` };
          // A planted file that does not exist on disk.
          const path = importer ? resolve(dirname(importer), source) : resolve(ROOT, source);
          const planted = [path, `${path}.ts`, `${path}.tsx`].find((p) => rel(p) in overrides);
          return planted ?? null;
        },
        load(id) {
          if (id.endsWith('?inline')) return { code: 'export default "";', moduleType: 'js' };
          const path = rel(id);
          if (!path.startsWith('src/')) return null;
          const code = overrides[path] ?? readFileSync(id, 'utf8');
          sources.set(path, code);
          return { code, moduleType: path.endsWith('.tsx') ? 'tsx' : 'ts' };
        },
        moduleParsed(info) {
          if (info.id.startsWith('script:')) return;
          const id = rel(info.id);
          const imports = [...info.importedIds, ...info.dynamicallyImportedIds].filter((i) => !i.startsWith('script:')).map(rel);
          modules.set(id, { id, imports });
        },
      },
    ],
  });
  // The graph is built by generate(); the output itself is not needed.
  await bundle.generate({ format: 'es' });
  await bundle.close();
  return { modules, contentScripts: [...scripts].sort(), sources };
}

/** Every module reachable from `entry` through resolved imports. */
export function reachable(graph: Graph, entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(graph.modules.get(id)?.imports ?? []));
  }
  return seen;
}

export type Node = { type: string; [key: string]: unknown };
export const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && typeof (x as Node).type === 'string';

/** Visits every node of a syntax tree. */
export function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!isNode(node)) return;
  visit(node);
  for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') walk(value, visit);
}

/**
 * Identifiers that name a property, not a variable: `x.window`, `{ window: 1 }`, `{ window: T }` in a
 * type, a class member. A shorthand `{ window }` still reads the variable (its value is kept).
 */
function propertyNames(ast: unknown): Set<Node> {
  const names = new Set<Node>();
  walk(ast, (n) => {
    if (n.computed === true) return;
    if (n.type === 'MemberExpression' && isNode(n.property)) names.add(n.property);
    const keyed = n.type === 'Property' || n.type === 'PropertyDefinition' || n.type === 'MethodDefinition' || n.type === 'TSPropertySignature' || n.type === 'TSMethodSignature';
    if (keyed && n.shorthand !== true && isNode(n.key)) names.add(n.key);
  });
  return names;
}

/** Names a module declares anywhere (imports, variables, parameters, functions, classes). */
function declaredNames(ast: unknown): Set<string> {
  const names = new Set<string>();
  const bind = (pattern: unknown) =>
    walk(pattern, (n) => {
      if (n.type === 'Identifier') names.add(n.name as string);
    });
  walk(ast, (n) => {
    if (n.type === 'ImportSpecifier' || n.type === 'ImportDefaultSpecifier' || n.type === 'ImportNamespaceSpecifier') bind(n.local);
    if (n.type === 'VariableDeclarator') bind(n.id);
    if ((n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression') && Array.isArray(n.params)) bind(n.params);
    if ((n.type === 'FunctionDeclaration' || n.type === 'ClassDeclaration') && isNode(n.id)) bind(n.id);
    if (n.type === 'CatchClause') bind(n.param);
  });
  return names;
}

/**
 * What a module reaches of the environment, from its syntax tree (comments and strings cannot
 * fool it): `chrome.runtime`, `performance.now`, `globalThis.chrome`, `window.document`,
 * `Date.now`, and `new Date()` without arguments (the clock). A global is a name the module
 * never declares; `globalThis.x`, `window.x` and `self.x` count as `x` too.
 */
export function globalsUsed(code: string, file: string): string[] {
  const ast = parseAst(code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }, file);
  const declared = declaredNames(ast);
  const used = new Set<string>();
  const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self']);
  const names = propertyNames(ast);
  walk(ast, (n) => {
    if (n.type === 'MemberExpression' && isNode(n.object) && n.object.type === 'Identifier') {
      const object = n.object.name as string;
      if (declared.has(object)) return;
      const property = isNode(n.property) ? ((n.property.name ?? n.property.value) as string | undefined) : undefined;
      if (GLOBAL_OBJECTS.has(object) && typeof property === 'string') used.add(property);
      used.add(object === 'Date' && property === 'now' ? 'Date.now' : object);
    }
    if (n.type === 'NewExpression' && isNode(n.callee) && n.callee.type === 'Identifier' && n.callee.name === 'Date' && Array.isArray(n.arguments) && n.arguments.length === 0) {
      if (!declared.has('Date')) used.add('new Date()');
    }
    if (n.type === 'Identifier' && !names.has(n) && !declared.has(n.name as string) && ['document', 'window', 'navigator', 'localStorage', 'fetch', 'performance', 'chrome', 'browser'].includes(n.name as string)) {
      used.add(n.name as string);
    }
  });
  return [...used].sort();
}
