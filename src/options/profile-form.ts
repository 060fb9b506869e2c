import type { Profile, Units } from '../core/profile';
import type { CrampHistory } from '../core/limits';
import { roundDigits as round } from '../core/round';
import { type Quantity, toShown, toStored } from '../core/units';
import { type Parsed, PROFILE_FIELDS, PROFILE_KEYS } from './profile-fields';

/** The three signs of a salty sweater the checklist asks about; two or more count. */
export const SALTY_SIGNS = ['saltMarks', 'stingingEyes', 'saltyTaste'] as const;
export type SaltySign = (typeof SALTY_SIGNS)[number];

/** The profile as the runner types it: strings in their own units. */
export interface ProfileFormValues {
  bodyMass: string;
  height: string;
  sweatRate: string;
  sweatSodium: string;
  saltySweater: boolean;
  /**
   * Signs ticked on the checklist in this visit. The profile keeps only the verdict, so after a
   * reload this starts empty and `saltySweater` keeps the saved answer until a sign is ticked.
   */
  saltySigns: SaltySign[];
  crampHistory: '' | CrampHistory;
  crampMuscles: string[];
  sex: '' | 'female' | 'male';
  units: Units;
}

const show = (n: number | undefined, digits: number) => (n === undefined ? '' : String(round(n, digits)));

export function toFormValues(profile: Profile): ProfileFormValues {
  return {
    bodyMass: show(profile.bodyMassKg === undefined ? undefined : toShown('mass', profile.bodyMassKg, profile.units), 1),
    height: show(profile.heightCm === undefined ? undefined : toShown('height', profile.heightCm, profile.units), 1),
    sweatRate: show(profile.sweatRateLph === undefined ? undefined : toShown('volume', profile.sweatRateLph, profile.units), 2),
    sweatSodium: show(profile.sweatSodiumMgPerL, 0),
    saltySweater: profile.saltySweater ?? false,
    saltySigns: [],
    crampHistory: profile.crampHistory ?? '',
    crampMuscles: profile.crampMuscles ?? [],
    sex: profile.sex ?? '',
    units: profile.units,
  };
}

type Field = keyof ProfileFormValues;
export type FormErrors = Partial<Record<Field, string>>;

/**
 * Turns the form back into a profile, field by field as PROFILE_FIELDS reads them, keeping the
 * fields the form does not show (weigh-in tests) from `base`. Returns errors per field instead when any value is off.
 */
export function fromFormValues(values: ProfileFormValues, base: Profile, keys: readonly (keyof Profile)[] = PROFILE_KEYS): { profile: Profile } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const profile: Profile = { ...base };
  for (const key of keys) {
    const use = PROFILE_FIELDS[key].form;
    if (typeof use !== 'function') continue;
    const { value, error } = (use as (v: ProfileFormValues) => Parsed<unknown>)(values);
    if (error !== undefined) errors[error.field] = error.message;
    else if (value === undefined) delete profile[key];
    else (profile as Record<string, unknown>)[key] = value;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { profile };
}

/** The options' profile sections, each saved on its own with its own button: the profile keys it saves. */
export const PROFILE_SECTIONS = {
  body: ['units', 'bodyMassKg', 'heightCm', 'sex'],
  sweat: ['sweatRateLph', 'sweatSodiumMgPerL', 'saltySweater'],
  cramp: ['crampHistory', 'crampMuscles'],
} as const satisfies Record<string, readonly (keyof Profile)[]>;
export type ProfileSection = keyof typeof PROFILE_SECTIONS;

/**
 * One section's save: `base` with only that section's fields taken from what was typed, so a save
 * sends nothing another section holds (typed but unsaved, or invalid, elsewhere). A profile never
 * saved takes the units on screen with its first save, so every surface keeps showing them.
 */
export function sectionFromFormValues(values: ProfileFormValues, base: Profile, section: ProfileSection): { profile: Profile } | { errors: FormErrors } {
  const neverSaved = Object.keys(base).length <= 1;
  const keys: (keyof Profile)[] = [...PROFILE_SECTIONS[section], ...(neverSaved && section !== 'body' ? (['units'] as const) : [])];
  return fromFormValues(values, base, keys);
}

/** Switching units converts what is typed, so "70" kg becomes "154.3" lb rather than 70 lb (and L/h fl oz/h). */
export function switchUnits(values: ProfileFormValues, units: Units): ProfileFormValues {
  if (units === values.units) return values;
  const convert = (text: string, quantity: Quantity, digits = 1) => {
    const n = Number(text.trim().replace(',', '.'));
    return text.trim() === '' || !Number.isFinite(n) ? text : String(round(toShown(quantity, toStored(quantity, n, values.units), units), digits));
  };
  return { ...values, units, bodyMass: convert(values.bodyMass, 'mass'), height: convert(values.height, 'height'), sweatRate: convert(values.sweatRate, 'volume', 2) };
}
