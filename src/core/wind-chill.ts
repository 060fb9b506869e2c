/**
 * Wind chill (Environment Canada / US NWS 2001): WCT = 13.12 + 0.6215·T − 11.37·V^0.16 +
 * 0.3965·T·V^0.16, T °C, V km/h, defined for T ≤ 10 °C and V ≥ 4.8 km/h. A runner's own speed adds
 * to the wind. Frostbite risk rises sharply below −27 °C wind chill: exposed skin can freeze within
 * 30 min (Castellani et al. 2006, ACSM position stand).
 */
export const FROSTBITE_WIND_CHILL_C = -27;

/** The formula's lowest wind: a walker's face meets at least this much moving air. */
const MIN_WIND_KMH = 4.8;

/** Wind chill, °C, or null above 10 °C, where the formula does not apply. */
export function windChillC(temperatureC: number, airSpeedMs: number): number | null {
  if (!(temperatureC <= 10) || !Number.isFinite(airSpeedMs)) return null;
  const v = Math.max(MIN_WIND_KMH, airSpeedMs * 3.6);
  const p = v ** 0.16;
  return 13.12 + 0.6215 * temperatureC - 11.37 * p + 0.3965 * temperatureC * p;
}
