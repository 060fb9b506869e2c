import type en from '../../public/_locales/en/messages.json';
import { nativeApi } from './native';

export type MessageKey = keyof typeof en;

/**
 * A UI string in the browser's language, from public/_locales (English, German, French).
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
