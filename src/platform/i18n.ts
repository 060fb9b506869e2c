import type en from '../../public/_locales/en/messages.json';
import { FALLBACK_LANGUAGE, isLanguage, type Language } from '../core/languages';
import { nativeApi } from './native';

/**
 * ONE language for everything a runner reads: the browser's UI language. The panel,
 * popup and options page take their words from public/_locales through the browser (which picks
 * that language), their numbers from `uiLanguage()`, and the engine writes its sentences in
 * `engineLanguage()`, the same language when the engine speaks it. There is no second choice to
 * drift: a `language` stored in a profile (from an old version or an import) is ignored.
 */

export type MessageKey = keyof typeof en;

/**
 * A UI string in the browser's language, from public/_locales (one folder per language in LANGUAGES).
 * Strings live in messages.json, not in the scripts, so the content script stays small.
 * Falls back to the key itself so a missing message is visible, never blank.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    const message = nativeApi().i18n.getMessage(key, substitutions.map(String));
    if (message) return message;
  } catch {
    // outside the extension (a test without a fake browser): fall through to the key
  }
  return key;
}

/** The browser UI language, for Intl number formatting (`en`, `de`, `fr-CA`, …). */
export function uiLanguage(): string {
  try {
    return nativeApi().i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/**
 * The browser's own locale with its region ("en-US", "en-GB"), for the units shown before the
 * runner chooses: the first of the browser's preferred languages. The UI language alone can lack
 * the region (a browser shipped only in en-US reports en-US whatever the runner prefers).
 */
export function browserLocale(): string {
  return globalThis.navigator?.language || uiLanguage();
}

/** The engine's language: the browser's UI language when the engine speaks it (LANGUAGES), else English. */
export function engineLanguage(): Language {
  const code = uiLanguage().slice(0, 2).toLowerCase();
  return isLanguage(code) ? code : FALLBACK_LANGUAGE;
}
