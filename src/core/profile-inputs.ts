import { FALLBACK_LANGUAGE, isLanguage } from './languages';
import type { InputNote } from './analysis';
import { messages } from './i18n/index';
import { CRAMP_HISTORY, type CrampHistory, PROFILE_LIMITS, type ProfileLimitedField } from './limits';
import type { ProfileRangeField } from './i18n/en/notes';
import type { Language, Units } from './profile';

/** The profile after checks: numbers inside the schema's limits, or null (with an `invalid` note). */
export interface CleanProfile {
  massKg: number | null;
  heightCm: number | null;
  female: boolean;
  /** The runner said male (the default sodium differs by sex only when the sex is known). */
  male: boolean;
  sweatRateLph: number | null;
  sweatTests: readonly unknown[];
  sodiumMgPerL: number | null;
  saltySweater: boolean;
  crampHistory: CrampHistory | null;
  units: Units;
  language: Language;
}

type Bag = Record<string, unknown>;

/** The limits ProfileSchema is built from (limits.ts), checked by hand so a corrupt profile degrades instead of throwing. */
function readRange(bag: Bag, field: ProfileRangeField & ProfileLimitedField, invalid: InputNote[], language: Language): number | null {
  const { min, max } = PROFILE_LIMITS[field];
  const raw = bag[field];
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max) return raw;
  invalid.push({ field, message: messages(language).invalidProfileValue({ field, raw, min, max }) });
  return null;
}

const asBag = (input: unknown): Bag => (typeof input === 'object' && input !== null ? (input as Bag) : {});

/** The profile's language; English when absent or not one of ours (it changes words, not estimates). */
export function profileLanguage(input: unknown): Language {
  const l = asBag(input).language;
  return typeof l === 'string' && isLanguage(l) ? l : FALLBACK_LANGUAGE;
}

export function cleanProfile(input: unknown, invalid: InputNote[]): CleanProfile {
  const bag = asBag(input);
  const history = bag.crampHistory;
  const language = profileLanguage(bag);
  return {
    massKg: readRange(bag, 'bodyMassKg', invalid, language),
    heightCm: readRange(bag, 'heightCm', invalid, language),
    female: bag.sex === 'female',
    male: bag.sex === 'male',
    sweatRateLph: readRange(bag, 'sweatRateLph', invalid, language),
    sweatTests: Array.isArray(bag.sweatTests) ? bag.sweatTests : [],
    sodiumMgPerL: readRange(bag, 'sweatSodiumMgPerL', invalid, language),
    saltySweater: bag.saltySweater === true,
    crampHistory: (CRAMP_HISTORY as readonly unknown[]).includes(history) ? (history as CrampHistory) : null,
    units: bag.units === 'imperial' ? 'imperial' : 'metric',
    language,
  };
}
