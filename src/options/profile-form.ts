import type { Profile, Units } from '../core/profile';
import { t } from '../platform/i18n';
import { formatPlain } from './format';
import { CM_PER_IN, LB_PER_KG, round } from './units';

/** The three signs of a salty sweater the checklist asks about; two or more count. */
export const SALTY_SIGNS = ['saltMarks', 'stingingEyes', 'saltyTaste'] as const;
export type SaltySign = (typeof SALTY_SIGNS)[number];
export const CRAMP_MUSCLES = ['calves', 'hamstrings', 'quads', 'feet', 'other'] as const;

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
  crampHistory: '' | 'never' | 'sometimes' | 'often';
  crampMuscles: string[];
  sex: '' | 'female' | 'male';
  units: Units;
}

const show = (n: number | undefined, digits: number) => (n === undefined ? '' : String(round(n, digits)));

export function toFormValues(profile: Profile): ProfileFormValues {
  const imperial = profile.units === 'imperial';
  return {
    bodyMass: show(profile.bodyMassKg === undefined ? undefined : profile.bodyMassKg * (imperial ? LB_PER_KG : 1), 1),
    height: show(profile.heightCm === undefined ? undefined : profile.heightCm / (imperial ? CM_PER_IN : 1), 1),
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
function numberField(text: string, min: number, max: number, what: string): { value?: number; error?: string } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return {};
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { error: t('optionsMustBeNumber', what) };
  if (value < min || value > max) return { error: t('optionsOutOfRange', what, formatPlain(min), formatPlain(max)) };
  return { value };
}

/**
 * Turns the form back into a profile, keeping fields the form does not show (weigh-in tests,
 * cramp muscles) from `base`. Returns errors per field instead when any value is off.
 */
export function fromFormValues(values: ProfileFormValues, base: Profile): { profile: Profile } | { errors: FormErrors } {
  const imperial = values.units === 'imperial';
  const massUnit = imperial ? 'lb' : 'kg';
  const mass = numberField(values.bodyMass, imperial ? 55 : 25, imperial ? 550 : 250, t('optionsBodyMass', massUnit));
  const height = numberField(values.height, imperial ? 40 : 100, imperial ? 98 : 250, t('optionsHeight', imperial ? 'in' : 'cm'));
  const sweatRate = numberField(values.sweatRate, 0.1, 5, t('optionsSweatRateName'));
  const sodium = numberField(values.sweatSodium, 100, 3000, t('optionsSweatSodium'));
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
  set('bodyMassKg', mass.value === undefined ? undefined : round(mass.value / (imperial ? LB_PER_KG : 1), 2));
  set('heightCm', height.value === undefined ? undefined : round(height.value * (imperial ? CM_PER_IN : 1), 1));
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
  const convert = (text: string, factor: number) => {
    const n = Number(text.trim().replace(',', '.'));
    return text.trim() === '' || !Number.isFinite(n) ? text : String(round(n * factor, 1));
  };
  const toImperial = units === 'imperial';
  return {
    ...values,
    units,
    bodyMass: convert(values.bodyMass, toImperial ? LB_PER_KG : 1 / LB_PER_KG),
    height: convert(values.height, toImperial ? 1 / CM_PER_IN : CM_PER_IN),
  };
}
