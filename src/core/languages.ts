/**
 * The languages Cramp Check speaks, the one list: the engine's catalogues
 * (`src/core/i18n/<language>/`), the UI's (`public/_locales/<language>/messages.json`), the profile
 * schema and the tests all take it from here. English first: the fallback, and the catalogues'
 * contract. A new language is its two catalogues, its `_locales` file and a line here.
 */
export const LANGUAGES = ['en', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'en';
/** The languages translated from English: the ones the translation tests check. */
export const TRANSLATIONS = LANGUAGES.filter((l) => l !== FALLBACK_LANGUAGE);

export const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);
