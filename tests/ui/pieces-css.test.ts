// The pieces of src/ui that the panel and the popup both show are styled once (src/ui/pieces.css):
// both sheets import it, neither styles those pieces again, and each defines every colour the
// pieces use, so a piece looks the same on both surfaces and cannot drift apart.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const sheet = (file: string) => readFileSync(resolve(__dirname, '../../src/ui', file), 'utf8');
const PIECES = sheet('pieces.css');
const SURFACES = ['panel.css', 'page.css'] as const;
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
/** The selectors of a sheet's rules, one per comma-separated item (at-rules' own lines left out). */
const selectors = (css: string) =>
  [...withoutComments(css).matchAll(/(^|})\s*([^{}@]+?)\s*\{/g)].flatMap((m) => (m[2] ?? '').split(',').map((s) => s.trim().replace(/\s+/g, ' ')));
const variablesUsed = (css: string) => new Set([...css.matchAll(/var\((--cc-[\w-]+)\)/g)].map((m) => m[1]));
const variablesDefined = (css: string) => new Set([...css.matchAll(/(--cc-[\w-]+):/g)].map((m) => m[1]));

describe('the pieces both surfaces show, styled once', () => {
  it.each(SURFACES)('%s imports pieces.css before its own rules', (file) => {
    expect(withoutComments(sheet(file)).trim().startsWith("@import './pieces.css';")).toBe(true);
  });

  it.each(SURFACES)('%s styles none of the shared pieces again', (file) => {
    const shared = new Set(selectors(PIECES));
    expect(shared.size).toBeGreaterThan(20);
    expect(selectors(sheet(file)).filter((s) => shared.has(s))).toEqual([]);
  });

  it.each(SURFACES)('%s defines every colour the pieces use', (file) => {
    const defined = variablesDefined(sheet(file));
    expect([...variablesUsed(PIECES)].filter((v) => !defined.has(v))).toEqual([]);
  });
});
