import type { InputNote } from './analysis';
import type { Messages } from './i18n/index';
import { roundDigits } from './round';
import { INTAKE_LIMITS, INTAKE_MAX_MASS_CHANGE_PCT_PER_H, type IntakeField, withinRange } from './limits';

/** What the runner took and weighed, each number inside its limits or null. */
export interface CleanIntake {
  fluidMl: number | null;
  sodiumMg: number | null;
  carbsG: number | null;
  massBeforeKg: number | null;
  massAfterKg: number | null;
}

/** A home scale reads to about ±0.1 kg (science §11): the error of each reading. */
export const SCALE_ERROR_KG = 0.1;
/** Two independent readings: the error of their difference, ≈ 0.14 kg. */
export const WEIGHED_ERROR_KG = Math.SQRT2 * SCALE_ERROR_KG;

const NONE: CleanIntake = { fluidMl: null, sodiumMg: null, carbsG: null, massBeforeKg: null, massAfterKg: null };
const FIELDS = Object.keys(INTAKE_LIMITS) as IntakeField[];

/**
 * The intake logged on an activity, checked like every other input: a value outside its limits, or
 * weights that change faster than 6 % of body mass per hour (a misweighing, not sweat), becomes an
 * `invalid` note and is ignored; nothing here throws.
 */
export function cleanIntake(raw: unknown, durationS: number, invalid: InputNote[], m: Messages): CleanIntake {
  if (raw === undefined || raw === null) return NONE;
  if (typeof raw !== 'object') {
    invalid.push({ field: 'intake', message: m.invalidIntake() });
    return NONE;
  }
  const bag = raw as Record<string, unknown>;
  const out: CleanIntake = { ...NONE };
  for (const field of FIELDS) {
    const value = bag[field];
    if (value === undefined || value === null) continue;
    const range = INTAKE_LIMITS[field];
    if (withinRange(range, value)) out[field] = value;
    else invalid.push({ field: `intake.${field}`, message: m.invalidIntakeValue({ field, raw: String(value), min: range.min, max: range.max }) });
  }
  const hours = durationS / 3600;
  if (out.massBeforeKg !== null && out.massAfterKg !== null && hours > 0) {
    const pctPerH = (Math.abs(out.massBeforeKg - out.massAfterKg) / out.massBeforeKg / hours) * 100;
    if (pctPerH > INTAKE_MAX_MASS_CHANGE_PCT_PER_H) {
      invalid.push({ field: 'intake.massAfterKg', message: m.invalidIntakeMassChange({ pctPerH: Math.round(pctPerH * 10) / 10, max: INTAKE_MAX_MASS_CHANGE_PCT_PER_H }) });
      out.massBeforeKg = null;
      out.massAfterKg = null;
    }
  }
  return out;
}

/** Both weights usable on a session with a duration. */
export const isWeighed = (i: CleanIntake, durationS: number): i is CleanIntake & { massBeforeKg: number; massAfterKg: number } =>
  i.massBeforeKg !== null && i.massAfterKg !== null && durationS > 0;

/**
 * The session's own sweat rate from the scale: (before − after + drunk) ÷ hours, L/h, with a range
 * only as wide as the scale's error. Nothing drunk is counted as 0 (urine is not logged).
 */
export function weighedSweatLph(i: CleanIntake, durationS: number): { value: number; low: number; high: number } | null {
  if (!isWeighed(i, durationS)) return null;
  const hours = durationS / 3600;
  const lossKg = i.massBeforeKg - i.massAfterKg + (i.fluidMl ?? 0) / 1000;
  const rate = (kg: number) => roundDigits(Math.max(0, kg / hours), 2);
  return { value: rate(lossKg), low: rate(lossKg - WEIGHED_ERROR_KG), high: rate(lossKg + WEIGHED_ERROR_KG) };
}

/** Mass gained over the session beyond the scale's error, kg, or 0. */
export function weighedGainKg(i: CleanIntake, durationS: number): number {
  if (!isWeighed(i, durationS)) return 0;
  const gain = i.massAfterKg - i.massBeforeKg;
  return gain > WEIGHED_ERROR_KG ? gain : 0;
}
