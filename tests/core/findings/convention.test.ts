import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS, FindingIdSchema } from '../../../src/core/index';
import { CONTRIBUTORS, FINDINGS } from '../../../src/core/findings/index';
import { FINDING_TEXT } from '../../../src/core/i18n/index';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const science = read('docs/science.md');
/** Every module in src/core/findings/ other than the machinery is one finding, named by its id. */
const findingFiles = readdirSync(new URL('src/core/findings/', root))
  .filter((f) => f.endsWith('.ts') && f !== 'define.ts' && f !== 'index.ts')
  .map((f) => f.slice(0, -3));

describe('findings: one file and one line each', () => {
  it('every finding file is in the list, and every listed finding is its own file named by its id', () => {
    expect(findingFiles.sort()).toEqual(FINDINGS.map((f) => f.id).sort());
    for (const id of findingFiles) expect(read(`src/core/findings/${id}.ts`)).toContain(`id: '${id}'`);
  });

  it('the ids, the schema and the rule order come from the list', () => {
    expect(FINDING_IDS).toEqual(FINDINGS.map((f) => f.id));
    expect(FindingIdSchema.options).toEqual(FINDINGS.map((f) => f.id));
    const orders = FINDINGS.map((f) => f.order.rule);
    expect(new Set(orders).size).toBe(orders.length);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('a finding is a cramp-risk contributor exactly when it carries points, and has a place among them', () => {
    for (const f of FINDINGS) {
      const counts = Object.values(f.weight).some((p) => p !== null);
      expect(f.order.contributor !== undefined, f.id).toBe(counts);
    }
    const ranks = CONTRIBUTORS.map((f) => f.order.contributor);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it.each(FINDINGS.map((f) => f.id))('%s has its sentences in every language, a label where it counts, its test and a section in docs/science.md', (id) => {
    const english = Object.keys(FINDING_TEXT.en[id]).sort();
    for (const [language, catalogue] of Object.entries(FINDING_TEXT)) {
      const text = catalogue[id];
      expect(Object.keys(text).sort(), `${language} ${id}`).toEqual(english);
      for (const entry of Object.values(text)) expect(typeof entry).toBe('function');
    }
    expect('contributor' in FINDING_TEXT.en[id], `${id} contributor label`).toBe(CONTRIBUTORS.some((f) => f.id === id));
    expect(existsSync(new URL(`tests/core/findings/${id}.test.ts`, root)), `tests/core/findings/${id}.test.ts`).toBe(true);
    // A bullet or heading that starts with the id in backticks: the finding's rule, thresholds and sources.
    expect(science, `docs/science.md: a "- \`${id}\`" bullet or a heading naming it`).toMatch(new RegExp(`^(- |#+ .*)\`${id}\``, 'm'));
  });

  it('no catalogue has sentences for a finding that does not exist', () => {
    for (const catalogue of Object.values(FINDING_TEXT)) expect(Object.keys(catalogue).sort()).toEqual([...FINDING_IDS].sort());
  });
});
