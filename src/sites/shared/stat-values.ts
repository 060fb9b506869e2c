/**
 * One labelled stat ("Distance" + "21,1 km") to an SI value for the draft, or the reason it could
 * not be. Units are required where the quantity has several (distance, elevation, temperature,
 * speed); a bare number there is refused, never assumed to be metric.
 */
import { parseDurationS } from './durations';
import type { StatKey } from './labels';
import type { NumberHint } from './numbers';
import { parseQuantity } from './quantity';
import { quoted } from './text';
import { METERS_PER, toCelsius, toSpeedMs, type Unit } from './units';

export type NumericField = 'distanceM' | 'movingS' | 'elapsedS' | 'elevationGainM' | 'temperatureC' | 'humidityPct' | 'avgHeartRate' | 'calories' | 'energyKj';

export type StatValue =
  | { field: NumericField; value: number }
  | { field: NumericField; problem: string }
  /** Average speed (from a speed or a pace), m/s: not a draft field, used to cross-check distance. */
  | { speedMs: number }
  | null;

export const FIELD_OF_STAT: Record<Exclude<StatKey, 'pace' | 'speed'>, NumericField> = {
  distance: 'distanceM', movingTime: 'movingS', elapsedTime: 'elapsedS', elevation: 'elevationGainM', temperature: 'temperatureC',
  humidity: 'humidityPct', heartRate: 'avgHeartRate', calories: 'calories', energy: 'energyKj',
};

/** For a field: which units it accepts, how to convert, whether a bare number is fine, and whether it is always whole. */
interface FieldRule { units: readonly Unit[]; toSI: (value: number, unit: Unit | null) => number; bareOk: boolean; whole: boolean }

/** Rounded to 1/perUnit (100 → centimetres), so 5.19 km is 5190 m, not 5190.000000000001. */
const round = (value: number, perUnit: number) => Math.round(value * perUnit) / perUnit;
const lengthM = (value: number, unit: Unit | null) => round(value * (METERS_PER[unit as keyof typeof METERS_PER] ?? Number.NaN), 100);
const same = (value: number) => value;

const RULES: Record<Exclude<NumericField, 'movingS' | 'elapsedS'>, FieldRule> = {
  distanceM: { units: ['km', 'mi', 'm', 'ft'], toSI: lengthM, bareOk: false, whole: false },
  elevationGainM: { units: ['m', 'ft'], toSI: lengthM, bareOk: false, whole: true },
  temperatureC: { units: ['C', 'F'], toSI: (v, u) => round(toCelsius(v, u === 'F' ? 'F' : 'C'), 10), bareOk: false, whole: false },
  humidityPct: { units: ['pct'], toSI: same, bareOk: true, whole: true },
  avgHeartRate: { units: ['bpm'], toSI: same, bareOk: true, whole: true },
  calories: { units: ['kcal'], toSI: same, bareOk: true, whole: true },
  energyKj: { units: ['kJ'], toSI: same, bareOk: true, whole: true },
};

/**
 * The value a stat shows. `titleUnit` is the unit named by the value's `<abbr title>`, if any;
 * `decimalSeparator` comes from the page language (see numbers.ts for the separator rule).
 */
export function readStatValue(key: StatKey, text: string, titleUnit: Unit | null, decimalSeparator?: '.' | ','): StatValue {
  if (key === 'pace' || key === 'speed') {
    const q = parseQuantity(text, titleUnit, { decimalSeparator });
    const speedMs = q ? toSpeedMs(q.value, q.unit) : null;
    return speedMs === null ? null : { speedMs };
  }
  const field = FIELD_OF_STAT[key];
  if (field === 'movingS' || field === 'elapsedS') {
    const seconds = parseDurationS(text);
    return seconds === null ? { field, problem: `could not read the time ${quoted(text)}` } : { field, value: seconds };
  }
  const rule = RULES[field];
  const hint: NumberHint = { wholeNumber: rule.whole, decimalSeparator };
  const q = parseQuantity(text, titleUnit, hint);
  if (q === null) return { field, problem: `could not read ${quoted(text)} as a number with a unit` };
  if (q.unit === null && !rule.bareOk) return { field, problem: `${quoted(text)} shows no unit` };
  if (q.unit !== null && !rule.units.includes(q.unit)) return { field, problem: `unexpected unit in ${quoted(text)}` };
  const value = rule.toSI(q.value, q.unit);
  return Number.isFinite(value) ? { field, value } : { field, problem: `could not convert ${quoted(text)}` };
}
