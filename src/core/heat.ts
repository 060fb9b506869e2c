import type { HeatFlag } from './analysis';
import { celsiusFromFahrenheit } from './units';

/**
 * WBGT approximation from air temperature and humidity (Australian Bureau of Meteorology):
 * 0.567·Ta + 0.393·e + 3.94, e = vapour pressure in hPa. Assumes moderate sun and light wind,
 * so it under-reads in full sun and over-reads at night.
 */
export function wbgtC(temperatureC: number, humidityPct: number): number {
  const eHpa = (humidityPct / 100) * 6.105 * Math.exp((17.27 * temperatureC) / (237.7 + temperatureC));
  return 0.567 * temperatureC + 0.393 * eHpa + 3.94;
}

/** ACSM race flags by WBGT (Armstrong et al. 2007): black > 28, red 23–28, yellow 18–23, green, white < 10. */
export function heatFlag(wbgt: number): HeatFlag {
  if (wbgt > 28) return 'black';
  if (wbgt >= 23) return 'red';
  if (wbgt >= 18) return 'yellow';
  if (wbgt >= 10) return 'green';
  return 'white';
}

/** °C ↔ °F live in units.ts, with every other conversion. */
export { fahrenheitFromCelsius as cToF, celsiusFromFahrenheit as fToC } from './units';

/**
 * NWS heat index, °F (Rothfusz 1990 regression with the NWS low/high-humidity adjustments).
 * Below ~80 °F the simple Steadman form is used, as the NWS does.
 */
export function heatIndexF(temperatureF: number, humidityPct: number): number {
  const t = temperatureF;
  const rh = humidityPct;
  const simple = 0.5 * (t + 61 + (t - 68) * 1.2 + rh * 0.094);
  if ((simple + t) / 2 < 80) return simple;
  let hi =
    -42.379 +
    2.04901523 * t +
    10.14333127 * rh -
    0.22475541 * t * rh -
    0.00683783 * t * t -
    0.05481717 * rh * rh +
    0.00122874 * t * t * rh +
    0.00085282 * t * rh * rh -
    0.00000199 * t * t * rh * rh;
  if (rh < 13 && t >= 80 && t <= 112) hi -= ((13 - rh) / 4) * Math.sqrt((17 - Math.abs(t - 95)) / 17);
  else if (rh > 85 && t >= 80 && t <= 87) hi += ((rh - 85) / 10) * ((87 - t) / 5);
  return hi;
}

/** Heat index is only meaningful from about 80 °F (26.7 °C); below it the air temperature says it all. */
export const HEAT_INDEX_MIN_C = celsiusFromFahrenheit(80);
