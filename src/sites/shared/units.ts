/**
 * Units as sites mark them: a symbol after the number ("km", "℉", "/mi") or an `<abbr title>`
 * ("kilometers", "Degrees Fahrenheit"), in the supported languages. Units are never assumed:
 * they follow the viewer's preference, so they are read from these marks every time.
 */
import { cleanText, foldAccents } from './text';

export type Unit = 'km' | 'mi' | 'm' | 'ft' | 'C' | 'F' | 'kJ' | 'kcal' | 'bpm' | 'pct' | 'kmh' | 'mph' | 'perKm' | 'perMi' | 'W';
export type LengthUnit = 'km' | 'mi' | 'm' | 'ft';

export const METERS_PER: Record<LengthUnit, number> = { km: 1000, mi: 1609.344, m: 1, ft: 0.3048 };

export function isLengthUnit(unit: Unit | null): unit is LengthUnit {
  return unit === 'km' || unit === 'mi' || unit === 'm' || unit === 'ft';
}

/** Symbols, lower-cased with spaces removed. */
const SYMBOLS: Record<string, Unit> = {
  km: 'km', mi: 'mi', mile: 'mi', miles: 'mi', m: 'm', ft: 'ft', "'": 'ft',
  '℃': 'C', '°c': 'C', 'ºc': 'C', '℉': 'F', '°f': 'F', 'ºf': 'F',
  kj: 'kJ', kcal: 'kcal', cal: 'kcal', bpm: 'bpm', ppm: 'bpm', 'sl/min': 'bpm', '%': 'pct', w: 'W',
  'km/h': 'kmh', kph: 'kmh', 'km/u': 'kmh', mph: 'mph', 'mi/h': 'mph',
  '/km': 'perKm', 'min/km': 'perKm', '/mi': 'perMi', 'min/mi': 'perMi', '/mile': 'perMi',
};

export function unitFromSymbol(symbol: string): Unit | null {
  return SYMBOLS[cleanText(symbol).toLowerCase().replace(/ /g, '')] ?? null;
}

const KILO = /kilo|chilo|quilo/;
const MILE = /mile|meile|mille|milla|miglia|miglio|mijl|milha/;
const METRE = /met(er|re|ro|ri)/;
const FOOT = /feet|foot|fuss|fuß|pied|pies?\b|piedi|piede|voet|pes?\b/;
const PER_HOUR = /hour|stunde|heure|hora|ora\b|uur/;
const BEATS = /beat|schlag|schlage|battement|battit|pulsac|latid|slag|batim/;

/** The unit an `<abbr title>` names, in any supported language; null when unknown. */
export function unitFromTitle(title: string): Unit | null {
  const t = foldAccents(cleanText(title));
  if (t.length === 0) return null;
  if (t.includes('celsius')) return 'C';
  if (t.includes('fahrenheit')) return 'F';
  if (t.includes('joule')) return 'kJ';
  if (t.includes('watt')) return 'W';
  if (/calor|kalor/.test(t)) return 'kcal';
  if (/percent|prozent|pourcent|por ?ciento|percentual|procent/.test(t)) return 'pct';
  if (BEATS.test(t)) return 'bpm';
  if (PER_HOUR.test(t)) return KILO.test(t) ? 'kmh' : MILE.test(t) ? 'mph' : null;
  // Pace: "minutes per kilometer", "per mile", "min/km", "pro Kilometer"…
  if (/minut|(^|\s)(per|pro|par|por|al|a|\/)\s/.test(t)) return KILO.test(t) ? 'perKm' : MILE.test(t) ? 'perMi' : null;
  if (KILO.test(t) && METRE.test(t)) return 'km';
  if (MILE.test(t)) return 'mi';
  if (METRE.test(t)) return 'm';
  if (FOOT.test(t)) return 'ft';
  return null;
}

export function toCelsius(value: number, unit: 'C' | 'F'): number {
  return unit === 'C' ? value : ((value - 32) * 5) / 9;
}

/** Metres per second from a speed (km/h, mph) or a pace in seconds per km / mile; null otherwise. */
export function toSpeedMs(value: number, unit: Unit | null): number | null {
  if (!Number.isFinite(value) || value < 0) return null;
  if (unit === 'kmh') return value / 3.6;
  if (unit === 'mph') return (value * METERS_PER.mi) / 3600;
  if (unit === 'perKm') return value > 0 ? 1000 / value : null;
  if (unit === 'perMi') return value > 0 ? METERS_PER.mi / value : null;
  return null;
}
