// The lint rule that keeps page text out of markup (lint/no-html-injection.grit) must really
// fire: lint a throwaway file under src/ with each forbidden form, and one that is allowed.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const PROBE = resolve(ROOT, 'src/__lint-probe.ts');
afterAll(() => rmSync(PROBE, { force: true }));

function lint(code: string): string {
  writeFileSync(PROBE, code);
  try {
    return execFileSync('npx', ['biome', 'lint', PROBE], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? '');
  }
}

describe('no markup from non-constant strings', () => {
  it.each([
    ['innerHTML', 'document.body.innerHTML = location.hash;'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the probe's source code is a template literal on purpose
    ['outerHTML', 'document.body.outerHTML = `<p>${location.hash}</p>`;'],
    ['insertAdjacentHTML', "document.body.insertAdjacentHTML('beforeend', location.hash);"],
    ['document.write', 'document.write(location.hash);'],
  ])('refuses %s', (_, code) => {
    expect(lint(`export {};\n${code}\n`)).toContain('Markup built from a non-constant string');
  }, 30_000);

  it('allows a constant string', () => {
    expect(lint("export {};\ndocument.body.innerHTML = '';\n")).not.toContain('Markup built from a non-constant string');
  }, 30_000);
});
