import type { HeatFlag, InputNote } from './analysis';
import { cToF, HEAT_INDEX_MIN_C, heatFlag, heatIndexF, wbgtC } from './heat';
import { formatTemperature } from './format';
import { messages } from './i18n/index';
import type { Language, Units } from './profile';

/**
 * Weather for the estimate. Unknown temperature: a mild 15 °C as the best guess, with the range
 * spanning 5–25 °C; unknown humidity: 50 %, range 30–80 %. Each gap adds a `missing` note.
 */
export const DEFAULT_TEMPERATURE_C = 15;
const COOL_C = 5;
const WARM_C = 25;
export const DEFAULT_HUMIDITY_PCT = 50;
const DRY_PCT = 30;
const HUMID_PCT = 80;

export interface Weather {
  temperatureKnown: boolean;
  temperatureC: number;
  humidityPct: number;
  cool: { temperatureC: number; humidityPct: number };
  warm: { temperatureC: number; humidityPct: number };
  wbgt: number | null;
  flag: HeatFlag | null;
  /** With the temperature known but the humidity not: the flags at 30 % and at 80 % humidity. */
  flagRange: { low: HeatFlag; high: HeatFlag } | null;
  heatIndexF: number | null;
}

export function weather(
  temperatureC: number | null,
  humidityPct: number | null,
  units: Units,
  missing: InputNote[],
  language: Language = 'en',
  /** A looked-up temperature's hottest hour: the warm end of the range instead of the mean. */
  temperatureHighC: number | null = null,
  /** A looked-up session's hottest-hour WBGT (with the sun when it was counted): the flag's WBGT. */
  wbgtHighC: number | null = null,
): Weather {
  const m = messages(language);
  if (temperatureC === null) missing.push({ field: 'temperatureC', message: m.missingTemperature({ temperature: formatTemperature(DEFAULT_TEMPERATURE_C, units, language) }) });
  if (humidityPct === null) missing.push({ field: 'humidityPct', message: m.missingHumidity() });
  const t = temperatureC ?? DEFAULT_TEMPERATURE_C;
  const rh = humidityPct ?? DEFAULT_HUMIDITY_PCT;
  const known = temperatureC !== null;
  // The flag follows the session's hottest hour, not its mean (heat illness strikes at the peak).
  const hottest = Math.max(t, temperatureHighC ?? t);
  const wbgt = known ? (wbgtHighC ?? wbgtC(hottest, rh)) : null;
  return {
    temperatureKnown: known,
    temperatureC: t,
    humidityPct: rh,
    cool: { temperatureC: temperatureC ?? COOL_C, humidityPct: humidityPct ?? DRY_PCT },
    warm: { temperatureC: temperatureC === null ? WARM_C : Math.max(temperatureC, temperatureHighC ?? temperatureC), humidityPct: humidityPct ?? HUMID_PCT },
    wbgt,
    flag: wbgt === null ? null : heatFlag(wbgt),
    flagRange: known && humidityPct === null ? { low: heatFlag(wbgtC(hottest, DRY_PCT)), high: heatFlag(wbgtC(hottest, HUMID_PCT)) } : null,
    heatIndexF: known && units === 'imperial' && t >= HEAT_INDEX_MIN_C ? heatIndexF(cToF(t), rh) : null,
  };
}
