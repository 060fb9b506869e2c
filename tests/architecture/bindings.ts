/**
 * Where the browser API object goes, binding by binding: the polyfill's export, through every
 * import, alias (`const api = browser`, `const { storage } = browser`, `browser.storage`) and
 * re-export (`export { browser as api }`, `export *`, `export default`, namespace imports), so a
 * module that reaches it by any route is found, not only one that imports the package by name.
 * Type-only imports and exports carry no object and are left out.
 */
import { dirname, join, normalize } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { isNode, type Node, walk } from './module-graph';

export const POLYFILL = 'webextension-polyfill';

interface Link {
  /** The importing module's local name, or the name it re-exports under ('*' for `export *`). */
  as: string;
  /** The resolved module it comes from. */
  from: string;
  /** What it takes: an export's name, 'default', or '*' for the whole namespace. */
  name: string;
  reexport: boolean;
}

interface Bindings {
  links: Link[];
  /** `const local = of` or `of.member…` or a destructuring of `of`. */
  aliases: { local: string; of: string }[];
  /** `export { local as exported }`, `export const exported = …`, `export default local`. */
  exports: { local: string; exported: string }[];
}

const nameOf = (n: unknown): string => (isNode(n) ? String(n.name ?? n.value) : '');

/** `a`, `a.b.c`, `a?.b`: the identifier a member chain starts from. */
function rootOf(n: unknown): string | null {
  let node = n;
  while (isNode(node) && (node.type === 'MemberExpression' || node.type === 'ChainExpression' || node.type === 'TSAsExpression' || node.type === 'TSNonNullExpression')) {
    node = node.type === 'MemberExpression' ? node.object : node.expression;
  }
  return isNode(node) && node.type === 'Identifier' ? String(node.name) : null;
}

/** Parsing is the slow part: each text is parsed once, whichever graph it is in. */
const parsed = new Map<string, Bindings>();

/** A module's bindings, with `from` still the specifier as written. */
function bindingsOf(code: string, file: string): Bindings {
  const key = `${file}\0${code}`;
  const known = parsed.get(key);
  if (known !== undefined) return known;
  const ast = parseAst(code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }, file);
  const b: Bindings = { links: [], aliases: [], exports: [] };
  const link = (source: unknown, as: string, name: string, reexport: boolean) => {
    b.links.push({ as, from: nameOf(source), name, reexport });
  };
  walk(ast, (n: Node) => {
    if (n.type === 'ImportDeclaration' && n.importKind !== 'type') {
      for (const s of n.specifiers as Node[]) {
        if (s.importKind === 'type') continue;
        const name = s.type === 'ImportDefaultSpecifier' ? 'default' : s.type === 'ImportNamespaceSpecifier' ? '*' : nameOf(s.imported);
        link(n.source, nameOf(s.local), name, false);
      }
    }
    if (n.type === 'ImportExpression') link(n.source, `import(${nameOf(n.source)})`, '*', false);
    if (n.type === 'ExportAllDeclaration' && n.exportKind !== 'type') link(n.source, n.exported ? nameOf(n.exported) : '*', '*', true);
    if (n.type === 'ExportNamedDeclaration' && n.exportKind !== 'type') {
      for (const s of (n.specifiers ?? []) as Node[]) {
        if (s.exportKind === 'type') continue;
        if (n.source) link(n.source, nameOf(s.exported), nameOf(s.local), true);
        else b.exports.push({ local: nameOf(s.local), exported: nameOf(s.exported) });
      }
      walk(n.declaration, (d) => {
        if (d.type !== 'VariableDeclarator') return;
        walk(d.id, (id) => {
          if (id.type === 'Identifier') b.exports.push({ local: String(id.name), exported: String(id.name) });
        });
      });
    }
    if (n.type === 'ExportDefaultDeclaration' && isNode(n.declaration) && n.declaration.type === 'Identifier') b.exports.push({ local: String(n.declaration.name), exported: 'default' });
    if (n.type === 'VariableDeclarator') {
      const of = rootOf(n.init);
      if (of !== null) {
        walk(n.id, (id) => {
          if (id.type === 'Identifier') b.aliases.push({ local: String(id.name), of });
        });
      }
    }
  });
  parsed.set(key, b);
  return b;
}

/** Resolves a relative specifier against the known sources, as the bundler would (.ts, .tsx, index). */
function resolver(from: string, known: ReadonlySet<string>) {
  return (spec: string): string | null => {
    if (spec === POLYFILL) return POLYFILL;
    if (!spec.startsWith('.')) return null;
    const base = normalize(join(dirname(from), spec));
    return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((p) => known.has(p)) ?? null;
  };
}

/** For each module, the local names and re-exports through which it holds the browser API object. */
export function browserApiHolders(sources: ReadonlyMap<string, string>): Map<string, { local: string; from: string }[]> {
  const known = new Set(sources.keys());
  const all = new Map(
    [...sources].map(([id, code]) => {
      const b = bindingsOf(code, id);
      const resolve = resolver(id, known);
      const links = b.links.flatMap((l) => {
        const from = resolve(l.from);
        return from === null ? [] : [{ ...l, from }];
      });
      return [id, { ...b, links }];
    }),
  );
  /** Export names of each module that are (part of) the API object; the polyfill's are all of them. */
  const exported = new Map<string, Set<string>>([...sources.keys()].map((id) => [id, new Set<string>()]));
  const holds = (from: string, name: string) => from === POLYFILL || (name === '*' ? (exported.get(from)?.size ?? 0) > 0 : exported.get(from)?.has(name) === true);
  const held = new Map<string, { local: string; from: string }[]>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const [id, b] of all) {
      const locals = new Map<string, string>();
      for (const l of b.links) if (!l.reexport && holds(l.from, l.name)) locals.set(l.as, l.from);
      for (let grew = true; grew; ) {
        grew = false;
        for (const a of b.aliases) {
          const from = locals.get(a.of);
          if (from !== undefined && !locals.has(a.local)) {
            locals.set(a.local, from);
            grew = true;
          }
        }
      }
      const out = exported.get(id) as Set<string>;
      const before = out.size;
      for (const e of b.exports) if (locals.has(e.local)) out.add(e.exported);
      for (const l of b.links) {
        if (!l.reexport || !holds(l.from, l.name)) continue;
        if (l.as !== '*' || l.from === POLYFILL) out.add(l.as);
        else for (const name of exported.get(l.from) ?? []) if (name !== 'default') out.add(name);
      }
      if (out.size !== before) changed = true;
      const via = [...locals].map(([local, from]) => ({ local, from }));
      for (const l of b.links) if (l.reexport && holds(l.from, l.name)) via.push({ local: `export ${l.as}`, from: l.from });
      held.set(id, via);
    }
  }
  return held;
}
