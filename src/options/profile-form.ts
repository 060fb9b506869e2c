import type { Profile, Units } from '../core/profile';
import { t } from '../platform/i18n';
import { type CrampHistory, PROFILE_LIMITS } from '../core/limits';
import { roundDigits as round } from '../core/round';
import { type Quantity, shownRange, toShown, toStored, unitSymbol } from '../core/units';
import { formatPlain } from './format';

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
    sweatRate: show(profile.sweatRateLph, 2),
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

/** A number typed in a field: blank is "not set"; anything else must be a number within range. */
function numberField(text: string, { min, max }: { min: number; max: number }, what: string): { value?: number; error?: string } {
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

/**
 * Turns the form back into a profile, keeping fields the form does not show (weigh-in tests,
 * cramp muscles) from `base`. Returns errors per field instead when any value is off.
 */
export function fromFormValues(values: ProfileFormValues, base: Profile): { profile: Profile } | { errors: FormErrors } {
  const { units } = values;
  const shown = (quantity: Quantity, range: { min: number; max: number }) => shownRange(quantity, range, units, 1);
  const mass = numberField(values.bodyMass, shown('mass', PROFILE_LIMITS.bodyMassKg), t('optionsBodyMass', unitSymbol('mass', units)));
  const height = numberField(values.height, shown('height', PROFILE_LIMITS.heightCm), t('optionsHeight', unitSymbol('height', units)));
  const sweatRate = numberField(values.sweatRate, PROFILE_LIMITS.sweatRateLph, t('optionsSweatRateName'));
  const sodium = sodiumField(values.sweatSodium);
  const errors: FormErrors = {};
  if (mass.error) errors.bodyMass = mass.error;
  if (height.error) errors.height = height.error;
  if (sweatRate.error) errors.sweatRate = sweatRate.error;
  if (sodium.error) errors.sweatSodium = sodium.error;
  if (Object.keys(errors).length > 0) return { errors };

  const profile: Profile = { ...base, units: values.units, saltySweater: values.saltySweater };
  const set = <K extends keyof Profile>(key: K, value: Profile[K] | undefined) => {
    if (value === undefined) delete profile[key];
    else profile[key] = value;
  };
  set('bodyMassKg', mass.value === undefined ? undefined : round(toStored('mass', mass.value, units), 2));
  set('heightCm', height.value === undefined ? undefined : round(toStored('height', height.value, units), 1));
  set('sweatRateLph', sweatRate.value);
  set('sweatSodiumMgPerL', sodium.value);
  set('crampHistory', values.crampHistory === '' ? undefined : values.crampHistory);
  set('crampMuscles', values.crampMuscles.length > 0 ? values.crampMuscles : undefined);
  set('sex', values.sex === '' ? undefined : values.sex);
  return { profile };
}

/** Switching units converts what is typed, so "70" kg becomes "154.3" lb rather than 70 lb. */
export function switchUnits(values: ProfileFormValues, units: Units): ProfileFormValues {
  if (units === values.units) return values;
  const convert = (text: string, quantity: Quantity) => {
    const n = Number(text.trim().replace(',', '.'));
    return text.trim() === '' || !Number.isFinite(n) ? text : String(round(toShown(quantity, toStored(quantity, n, values.units), units), 1));
  };
  return { ...values, units, bodyMass: convert(values.bodyMass, 'mass'), height: convert(values.height, 'height') };
}
