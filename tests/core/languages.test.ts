import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, TRANSLATIONS } from '../../src/core/languages';
import { CATALOGUES, FINDING_TEXT } from '../../src/core/i18n/index';
import { LanguageSchema } from '../../src/core/profile';

const root = new URL('../../', import.meta.url);
const folders = (path: string) =>
  readdirSync(new URL(path, root), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

describe('one list of languages', () => {
  it('every language has its engine catalogues and its UI catalogue, and no catalogue speaks an unlisted language', () => {
    expect(folders('src/core/i18n/')).toEqual([...LANGUAGES].sort());
    expect(folders('public/_locales/')).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      for (const file of [`src/core/i18n/${language}/index.ts`, `src/core/i18n/${language}/findings.ts`, `public/_locales/${language}/messages.json`]) {
        expect(existsSync(new URL(file, root)), file).toBe(true);
      }
    }
  });

  it('the engine, its findings and the profile schema speak exactly the listed languages', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
    expect(Object.keys(FINDING_TEXT).sort()).toEqual([...LANGUAGES].sort());
    expect(LanguageSchema.options).toEqual([...LANGUAGES]);
    expect(TRANSLATIONS).toEqual(LANGUAGES.filter((l) => l !== 'en'));
  });
});
