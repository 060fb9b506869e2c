/**
 * One labelled stat ("Distance" + "21,1 km") into the draft as an SI value, or the reason it
 * could not be. Units are required where the quantity has several (distance, elevation,
 * temperature, speed); a bare number there is refused, never assumed to be metric.
 */
import { parseLocalDateTime } from './dates';
import { attempt, type Draft, miss, offer, setOnce } from './draft';
import { parseDurationS } from './durations';
import type { StatKey } from './labels';
import { parseQuantity } from './quantity';
import { quoted } from './text';
import { METERS_PER, toCelsius, toSpeedMs, type Unit } from './units';

type NumericField = 'distanceM' | 'movingS' | 'elapsedS' | 'elevationGainM' | 'temperatureC' | 'humidityPct' | 'avgHeartRate' | 'calories' | 'energyKj';

/** The draft field each stat fills (pace and speed only cross-check the distance). */
export const FIELD_OF_STAT: Record<Exclude<StatKey, 'pace' | 'speed'>, NumericField> = {
  distance: 'distanceM', movingTime: 'movingS', elapsedTime: 'elapsedS', elevation: 'elevationGainM', temperature: 'temperatureC',
  humidity: 'humidityPct', heartRate: 'avgHeartRate', calories: 'calories', energy: 'energyKj',
};

/** The units a field accepts; a field with only one takes a bare number too. */
const UNITS: Record<string, string> = {
  distanceM: 'km mi m ft', elevationGainM: 'm ft', temperatureC: 'C F', humidityPct: 'pct', avgHeartRate: 'bpm', calories: 'kcal', energyKj: 'kJ',
};

/** Rounded to 1/perUnit (100 → centimetres), so 5.19 km is 5190 m, not 5190.000000000001. */
const round = (value: number, perUnit: number) => Math.round(value * perUnit) / perUnit;

/**
 * Offer one stat's text; true when it became the field's value. `titleUnit` is the unit named
 * by the value's `<abbr title>`, if any. A speed or pace only feeds `draft.speedsMs`.
 */
export function applyStat(draft: Draft, key: StatKey, text: string, titleUnit: Unit | null): boolean {
  const isSpeed = key === 'pace' || key === 'speed';
  const field = isSpeed ? 'distanceM' : FIELD_OF_STAT[key];
  let taken = false;
  attempt(draft, field, () => {
    if (isSpeed) {
      const q = parseQuantity(text, titleUnit, { decimalSeparator: draft.decimalSeparator });
      const speedMs = q && toSpeedMs(q.value, q.unit);
      if (speedMs != null) draft.speedsMs.push(speedMs);
      return;
    }
    const value = readValue(draft, field, text, titleUnit);
    if (typeof value === 'string') miss(draft, field, value);
    else taken = offer(draft, field, value);
  });
  return taken;
}

/** The SI value `text` shows for `field`, or the reason it cannot be read. */
function readValue(draft: Draft, field: NumericField, text: string, titleUnit: Unit | null): number | string {
  const shown = quoted(text);
  if (field === 'movingS' || field === 'elapsedS') return parseDurationS(text) ?? `could not read the time ${shown}`;
  const units = UNITS[field]?.split(' ') ?? [];
  // Strava shows only distance and temperature with decimals (see numbers.ts, rule 5).
  const wholeNumber = field !== 'distanceM' && field !== 'temperatureC';
  const q = parseQuantity(text, titleUnit, { wholeNumber, decimalSeparator: draft.decimalSeparator });
  if (q === null) return `could not read ${shown} as a number with a unit`;
  if (q.unit === null && units.length > 1) return `${shown} shows no unit`;
  if (q.unit !== null && !units.includes(q.unit)) return `unexpected unit in ${shown}`;
  if (field === 'temperatureC') return round(toCelsius(q.value, q.unit === 'F' ? 'F' : 'C'), 10);
  const metres = q.unit && METERS_PER[q.unit];
  return metres ? round(q.value * metres, 100) : q.value;
}

/** The start time as the page prints it (see dates.ts); '' when the page shows none. */
export function applyStartTime(draft: Draft, text: string, language: string): void {
  attempt(draft, 'startTime', () => {
    const iso = text && parseLocalDateTime(text, language);
    if (iso) setOnce(draft, 'startTime', iso);
    else miss(draft, 'startTime', text ? `could not read the date ${quoted(text)}` : 'no start time shown');
  });
}
