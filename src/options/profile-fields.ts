import { PROFILE_LIMITS } from '../core/limits';
import type { Profile } from '../core/profile';
import { roundDigits as round } from '../core/round';
import { type Quantity, shownRange, toShown, toStored, type Units, unitSymbol } from '../core/units';
import { type MessageKey, t } from '../platform/i18n';
import { formatFixed, formatPlain, formatRate, rateUnit } from './format';
import type { ProfileFormValues } from './profile-form';
import { word, yesNo } from './value-words';

/** What one form field gave: a value (undefined when left blank), or why it cannot be saved. */
export interface Parsed<T> {
  value?: T;
  error?: { field: keyof ProfileFormValues; message: string };
}

/**
 * How every field of the profile is used by the options page, keyed by the schema's own keys, so a
 * field added to `ProfileSchema` without a line here is a type error and fails
 * tests/options/profile-fields.test.ts instead of being skipped silently by the form or the import
 * preview. `form` reads it from what the runner typed, or names the part of the page that keeps
 * it; `preview` shows it in the import preview, or says why it is not a line of its own.
 */
export interface ProfileFieldUse<K extends keyof Profile> {
  form: ((v: ProfileFormValues) => Parsed<Profile[K]>) | { keptBecause: string };
  preview: { label: MessageKey; show: (p: Profile, units: Units) => string | undefined } | { notShownBecause: string };
}

/** A number typed in a field: blank is "not set"; anything else must be a number within range. */
export function numberField(text: string, { min, max }: { min: number; max: number }, what: string): { value?: number; error?: string } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return {};
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { error: t('optionsMustBeNumber', what) };
  if (value < min || value > max) return { error: t('optionsOutOfRange', what, formatPlain(min), formatPlain(max)) };
  return { value };
}

/** Sweat sodium: above the limit (2,300 mg/L) is refused with its own reason, not plausible for a healthy adult. */
function sodiumField(text: string): { value?: number; error?: string } {
  const { max } = PROFILE_LIMITS.sweatSodiumMgPerL;
  if (Number(text.trim().replace(',', '.')) > max) return { error: t('optionsSweatSodiumTooHigh', formatPlain(max)) };
  return numberField(text, PROFILE_LIMITS.sweatSodiumMgPerL, t('optionsSweatSodium'));
}

const parsed = (field: keyof ProfileFormValues, r: { value?: number; error?: string }, stored = (x: number) => x): Parsed<number> =>
  r.error !== undefined ? { error: { field, message: r.error } } : r.value === undefined ? {} : { value: stored(r.value) };

/** Body mass and height are typed in the units on screen and stored in SI. */
const inUnits = (field: 'bodyMass' | 'height', quantity: Quantity, range: { min: number; max: number }, label: MessageKey, digits: number) => (v: ProfileFormValues) =>
  parsed(field, numberField(v[field], shownRange(quantity, range, v.units, 1), t(label, unitSymbol(quantity, v.units))), (x) => round(toStored(quantity, x, v.units), digits));

const amount = (v: number | undefined, digits: number, unit: string) => (v === undefined ? undefined : `${formatFixed(v, digits)} ${unit}`);
const shownIn = (quantity: Quantity, v: number | undefined, units: Units) => amount(v === undefined ? undefined : toShown(quantity, v, units), 0, unitSymbol(quantity, units));

/** In the order the import preview lists them. */
export const PROFILE_FIELDS: { readonly [K in keyof Required<Profile>]: ProfileFieldUse<K> } = {
  bodyMassKg: {
    form: inUnits('bodyMass', 'mass', PROFILE_LIMITS.bodyMassKg, 'optionsBodyMass', 2),
    preview: { label: 'optionsImportBodyMass', show: (p, units) => shownIn('mass', p.bodyMassKg, units) },
  },
  heightCm: {
    form: inUnits('height', 'height', PROFILE_LIMITS.heightCm, 'optionsHeight', 1),
    preview: { label: 'optionsImportHeight', show: (p, units) => shownIn('height', p.heightCm, units) },
  },
  sex: { form: (v) => ({ value: v.sex === '' ? undefined : v.sex }), preview: { label: 'optionsImportSex', show: (p) => word(p.sex) } },
  sweatRateLph: {
    // Typed in L/h or fl oz/h (the volume scale per hour), stored in L/h.
    form: (v) =>
      parsed('sweatRate', numberField(v.sweatRate, shownRange('volume', PROFILE_LIMITS.sweatRateLph, v.units, 1), t('optionsSweatRateName', rateUnit(v.units))), (x) =>
        round(toStored('volume', x, v.units), 3),
      ),
    preview: { label: 'optionsImportSweatRate', show: (p, units) => (p.sweatRateLph === undefined ? undefined : formatRate(p.sweatRateLph, units)) },
  },
  sweatSodiumMgPerL: {
    form: (v) => parsed('sweatSodium', sodiumField(v.sweatSodium)),
    preview: { label: 'optionsImportSweatSodium', show: (p) => amount(p.sweatSodiumMgPerL, 0, 'mg/L') },
  },
  saltySweater: { form: (v) => ({ value: v.saltySweater }), preview: { label: 'optionsImportSaltySweater', show: (p) => yesNo(p.saltySweater) } },
  crampHistory: {
    form: (v) => ({ value: v.crampHistory === '' ? undefined : v.crampHistory }),
    preview: { label: 'optionsImportCrampHistory', show: (p) => word(p.crampHistory) },
  },
  crampMuscles: {
    form: (v) => ({ value: v.crampMuscles.length > 0 ? v.crampMuscles : undefined }),
    preview: { label: 'optionsImportCrampMuscles', show: (p) => (p.crampMuscles?.length ? p.crampMuscles.map((m) => word(m)).join(', ') : undefined) },
  },
  units: { form: (v) => ({ value: v.units }), preview: { label: 'optionsImportUnits', show: (p) => word(p.units) } },
  sweatTests: {
    form: { keptBecause: 'the weigh-in section adds and removes them' },
    preview: { notShownBecause: 'counted as tests added and removed' },
  },
  products: {
    form: { keptBecause: 'the My products section adds and removes them' },
    preview: { notShownBecause: 'the My products section lists them' },
  },
  language: {
    form: { keptBecause: "the browser's language is used; a stored one is ignored" },
    preview: { notShownBecause: "the browser's language is used; a stored one is ignored" },
  },
};

export const PROFILE_KEYS = Object.keys(PROFILE_FIELDS) as (keyof Profile)[];
