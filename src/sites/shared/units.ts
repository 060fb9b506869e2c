/**
 * Units as sites mark them: a symbol after the number ("km", "℉", "/mi") or an `<abbr title>`
 * ("kilometers", "Degrees Fahrenheit"), in the supported languages. Units are never assumed:
 * they follow the viewer's preference, so they are read from these marks every time.
 */
import { celsiusFromFahrenheit, M_PER_FT, M_PER_KM, M_PER_MI } from '../../core/units';
import { cleanText, foldAccents, listed } from './text';

export type Unit = 'km' | 'mi' | 'm' | 'ft' | 'C' | 'F' | 'kJ' | 'kcal' | 'bpm' | 'pct' | 'kmh' | 'mph' | 'perKm' | 'perMi' | 'W';

export const METERS_PER: Partial<Record<Unit, number>> = { km: M_PER_KM, mi: M_PER_MI, m: 1, ft: M_PER_FT };

/** Each unit, then its symbols (lower case, spaces removed). */
const SYMBOLS = [
  'km km', 'mi mi mile miles', 'm m', "ft ft '", 'C ℃ °c ºc', 'F ℉ °f ºf', 'kJ kj', 'kcal kcal cal', 'bpm bpm ppm sl/min', 'pct %',
  'W w', 'kmh km/h kph km/u', 'mph mph mi/h', 'perKm /km min/km', 'perMi /mi min/mi /mile',
];

export function unitFromSymbol(symbol: string): Unit | null {
  const s = cleanText(symbol).toLowerCase().replace(/ /g, '');
  const found = s && SYMBOLS.find((entry) => listed(entry.slice(entry.indexOf(' ')), s));
  return found ? (found.split(' ')[0] as Unit) : null;
}

const KILO = /kilo|chilo|quilo/;
const MILE = /mile|meile|mille|milla|miglia|miglio|mijl|milha/;
const METRE = /met(er|re|ro|ri)/;

/** Title words naming a unit outright, tried in order. */
const TITLE_WORDS: [RegExp, Unit][] = [
  [/celsius/, 'C'], [/fahrenheit/, 'F'], [/joule/, 'kJ'], [/watt/, 'W'], [/calor|kalor/, 'kcal'],
  [/percent|prozent|pourcent|por ?ciento|percentual|procent/, 'pct'], [/beat|schlag|battement|battit|pulsac|latid|slag|batim/, 'bpm'],
];

/** The unit an `<abbr title>` names, in any supported language; null when unknown. */
export function unitFromTitle(title: string): Unit | null {
  const t = foldAccents(cleanText(title));
  if (t.length === 0) return null;
  const named = TITLE_WORDS.find(([words]) => words.test(t));
  if (named) return named[1];
  const perDistance = (kilo: Unit, mile: Unit) => (KILO.test(t) ? kilo : MILE.test(t) ? mile : null);
  if (/hour|stunde|heure|hora|ora\b|uur/.test(t)) return perDistance('kmh', 'mph');
  // Pace: "minutes per kilometer", "per mile", "min/km", "pro Kilometer"…
  if (/minut|(^|\s)(per|pro|par|por|al|a|\/)\s/.test(t)) return perDistance('perKm', 'perMi');
  if (KILO.test(t) && METRE.test(t)) return 'km';
  if (MILE.test(t)) return 'mi';
  if (METRE.test(t)) return 'm';
  if (/feet|foot|fuss|fuß|pied|pies?\b|piedi|piede|voet|pes?\b/.test(t)) return 'ft';
  return null;
}

export function toCelsius(value: number, unit: 'C' | 'F'): number {
  return unit === 'C' ? value : celsiusFromFahrenheit(value);
}

/** Metres per second from a speed (km/h, mph) or a pace in seconds per km / mile; null otherwise. */
export function toSpeedMs(value: number, unit: Unit | null): number | null {
  if (!Number.isFinite(value) || value < 0) return null;
  if (unit === 'kmh') return value / 3.6;
  if (unit === 'mph') return (value * M_PER_MI) / 3600;
  if (unit === 'perKm' || unit === 'perMi') return value > 0 ? (unit === 'perKm' ? M_PER_KM : M_PER_MI) / value : null;
  return null;
}
