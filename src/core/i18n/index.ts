import type { Language } from '../profile';
import { de } from './de/index';
import { en, type Messages } from './en/index';
import { fr } from './fr/index';

/**
 * Everything the engine writes, by language: one catalogue of `(params) => string` per language,
 * built once at load. Builders format numbers with the same language (format.ts) and pass them in.
 */
export type { Messages };
export const CATALOGUES: Readonly<Record<Language, Messages>> = { en, de, fr };

export const messages = (language: Language): Messages => CATALOGUES[language];
export const msg = (c: { language: Language }): Messages => CATALOGUES[c.language];
