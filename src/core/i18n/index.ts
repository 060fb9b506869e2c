import type { Language } from '../profile';
import { de } from './de/index';
import { findings as deFindings } from './de/findings';
import { en, type Messages } from './en/index';
import { findings as enFindings, type FindingMessages } from './en/findings';
import { fr } from './fr/index';
import { findings as frFindings } from './fr/findings';

/**
 * Everything the engine writes, by language: one catalogue of `(params) => string` per language,
 * built once at load. Builders format numbers with the same language (format.ts) and pass them in.
 */
export type { FindingMessages, Messages };
export const CATALOGUES: Readonly<Record<Language, Messages>> = { en, de, fr };
/** The findings' sentences, by language and then by finding id. */
export const FINDING_TEXT: Readonly<Record<Language, FindingMessages>> = { en: enFindings, de: deFindings, fr: frFindings };

export const messages = (language: Language): Messages => CATALOGUES[language];
export const msg = (c: { language: Language }): Messages => CATALOGUES[c.language];
