import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SRC } from './module-graph';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

/** "issue 12.7" means something only to whoever read that issue: a comment says what it means, or links docs/. */
const ISSUE_REFERENCE = /\bissues? \d+(?:\.\d+)?\b/i;

describe('comments a reader can follow', () => {
  it('no file in src/ points at an issue number instead of saying what it means', () => {
    const found = files(SRC).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) => (ISSUE_REFERENCE.test(line) ? [`${relative(ROOT, path)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('would find one', () => {
    expect(ISSUE_REFERENCE.test('// Weather (issue 14): looked up later')).toBe(true);
    expect(ISSUE_REFERENCE.test('/* Safety notes (Issue 11.5) */')).toBe(true);
    expect(ISSUE_REFERENCE.test('// a known issue with Firefox')).toBe(false);
  });
});
