import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../../src/core/languages';
import { engineLanguage, t } from '../../src/platform/i18n';
import { fakeBrowser, messagesFor } from '../setup/fake-browser';

const catalogue = (language: string) =>
  JSON.parse(readFileSync(resolve(__dirname, `../../public/_locales/${language}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const placeholders = (message: string) => [...message.matchAll(/\$(\d)/g)].map((m) => m[1]).sort();

describe('UI languages', () => {
  const en = catalogue('en');

  it.each(TRANSLATIONS)('%s has every English message, with the same placeholders, translated', (language) => {
    const other = catalogue(language);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(placeholders(other[key]?.message ?? ''), key).toEqual(placeholders(message));
    }
    const untranslated = Object.keys(en).filter((k) => en[k]?.message === other[k]?.message && /[a-z]{4,}/.test(en[k]?.message ?? ''));
    // Brand, symbols and words that are the same in both languages (French "sodium", "Distance") may stay; sentences may not.
    expect(untranslated.filter((k) => !['extName', 'wbgt', 'sources', 'cardMinutes', 'fieldDistance'].includes(k))).toEqual([]);
  });

  it('substitutes values and follows the browser language', () => {
    expect(t('headlineContributors', 'heat')).toBe('May have contributed: heat');
    fakeBrowser().i18n.getMessage = messagesFor('fr');
    expect(t('headlineContributors', 'chaleur')).toBe('A pu contribuer : chaleur');
  });

  it('the engine speaks the browser language when it is listed, else English', () => {
    for (const language of TRANSLATIONS) {
      fakeBrowser().i18n.getUILanguage = () => `${language}-XX`;
      expect(engineLanguage()).toBe(language);
    }
    fakeBrowser().i18n.getUILanguage = () => 'es-ES';
    expect(engineLanguage()).toBe('en');
  });

  it('shows the key rather than nothing when a message is missing', () => {
    fakeBrowser().i18n.getMessage = () => '';
    expect(t('riskHigh')).toBe('riskHigh');
  });
});
