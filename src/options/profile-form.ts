import type { Profile, Units } from '../core/profile';

/** The profile as the runner types it: strings in their own units. */
export interface ProfileFormValues {
  bodyMass: string;
  height: string;
  sweatRate: string;
  sweatSodium: string;
  saltySweater: boolean;
  crampHistory: '' | 'never' | 'sometimes' | 'often';
  units: Units;
}

const LB_PER_KG = 2.20462;
const CM_PER_IN = 2.54;

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const show = (n: number | undefined, digits: number) => (n === undefined ? '' : String(round(n, digits)));

export function toFormValues(profile: Profile): ProfileFormValues {
  const imperial = profile.units === 'imperial';
  return {
    bodyMass: show(profile.bodyMassKg === undefined ? undefined : profile.bodyMassKg * (imperial ? LB_PER_KG : 1), 1),
    height: show(profile.heightCm === undefined ? undefined : profile.heightCm / (imperial ? CM_PER_IN : 1), 1),
    sweatRate: show(profile.sweatRateLph, 2),
    sweatSodium: show(profile.sweatSodiumMgPerL, 0),
    saltySweater: profile.saltySweater ?? false,
    crampHistory: profile.crampHistory ?? '',
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
  if (!Number.isFinite(value)) return { error: `${what} must be a number.` };
  if (value < min || value > max) return { error: `${what} should be between ${min} and ${max}.` };
  return { value };
}

/**
 * Turns the form back into a profile, keeping fields the form does not show (weigh-in tests,
 * cramp muscles) from `base`. Returns errors per field instead when any value is off.
 */
export function fromFormValues(values: ProfileFormValues, base: Profile): { profile: Profile } | { errors: FormErrors } {
  const imperial = values.units === 'imperial';
  const massUnit = imperial ? 'lb' : 'kg';
  const mass = numberField(values.bodyMass, imperial ? 55 : 25, imperial ? 550 : 250, `Body mass (${massUnit})`);
  const height = numberField(values.height, imperial ? 40 : 100, imperial ? 98 : 250, `Height (${imperial ? 'in' : 'cm'})`);
  const sweatRate = numberField(values.sweatRate, 0.1, 5, 'Sweat rate (L/h)');
  const sodium = numberField(values.sweatSodium, 100, 3000, 'Sweat sodium (mg/L)');
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
  return { profile };
}
