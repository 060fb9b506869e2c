/**
 * Text a runner could read that does not come from the catalogues (public/_locales): JSX text,
 * user-facing attributes, and `error` / `message` strings in the code of every surface. Read from
 * the syntax tree, so comments and identifiers never count.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { isNode, ROOT, SRC, sourceFiles, walk } from '../architecture/module-graph';

/** Two words of letters: prose, not a class name, a unit or a key. */
const PROSE = /\p{L}{2,}[^\p{L}]+\p{L}{2,}/u;
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];
const FIELDS = ['error', 'message', 'reason', 'text', 'label'];

const literalText = (n: unknown): string | null => {
  if (!isNode(n)) return null;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && Array.isArray(n.quasis)) return n.quasis.map((q) => (q as { value: { cooked: string } }).value.cooked).join('…');
  return null;
};

export function untranslatedText(code: string, file: string): string[] {
  const found: string[] = [];
  const ast = parseAst(code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }, file);
  walk(ast, (n) => {
    if (n.type === 'JSXText' && /\p{L}{2,}/u.test(String(n.value))) found.push(String(n.value).trim());
    if (n.type === 'JSXAttribute' && isNode(n.name) && ATTRIBUTES.includes(String(n.name.name))) {
      const text = literalText(n.value) ?? (isNode(n.value) && n.value.type === 'JSXExpressionContainer' ? literalText(n.value.expression) : null);
      if (text !== null && PROSE.test(text)) found.push(text);
    }
    if (n.type === 'Property' && isNode(n.key) && FIELDS.includes(String(n.key.name ?? n.key.value))) {
      const text = literalText(n.value);
      if (text !== null && PROSE.test(text)) found.push(text);
    }
  });
  return found;
}

/** Every surface a runner reads: the panel, popup, options page, and what the platform and background send them. */
export const SURFACES = ['ui', 'popup', 'options', 'panel', 'content', 'platform', 'background'];

export function untranslatedInSurfaces(overrides: Record<string, string> = {}): string[] {
  const files = [...sourceFiles().map((f) => relative(ROOT, f)), ...Object.keys(overrides)];
  return [...new Set(files)]
    .filter((f) => SURFACES.includes(f.split('/')[1] ?? ''))
    .flatMap((f) => untranslatedText(overrides[f] ?? readFileSync(`${ROOT}/${f}`, 'utf8'), f).map((text) => `${relative(SRC, `${ROOT}/${f}`)}: ${text}`));
}
