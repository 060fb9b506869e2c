/**
 * The heat of one looked-up hour for the runner: its WBGT in the shade (heat.ts wbgtC, from air
 * and humidity alone) and, when the service gave the hour's sunshine and wind and the place is
 * known, its outdoor WBGT (Liljegren et al. 2008) and the sun's heat on a runner (solar-load.ts).
 */
import { wbgtC } from './heat';
import { solarLoadWm2 } from './solar-load';
import { sunPosition } from './sun-position';
import { outdoorWbgt } from './wbgt-liljegren';

export interface HourHeat {
  shadeWbgtC: number | null;
  /** Null when the hour's sun and wind are unknown (or its humidity, for the WBGT). */
  sunWbgtC: number | null;
  solarLoadWm2: number | null;
}

export interface HourSky {
  /** Mean global short-wave over the hour, W/m² (small negatives at night are sensor offsets). */
  radiationWm2: number | null | undefined;
  /** 10 m wind, m/s. */
  windMs: number | null | undefined;
  /** The hour's middle in real (UTC) time, epoch ms: where the sun is taken to stand. */
  midUtcMs: number | null;
  place: { lat: number; lng: number } | null;
}

const known = (x: number | null | undefined, min: number, max: number): x is number => typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max;

export function hourHeat(temperatureC: number, humidityPct: number | null, sky: HourSky): HourHeat {
  const shadeWbgtC = humidityPct === null ? null : wbgtC(temperatureC, humidityPct);
  const { radiationWm2, windMs, midUtcMs, place } = sky;
  if (place === null || midUtcMs === null || !known(radiationWm2, -50, 1500) || !known(windMs, 0, 80)) return { shadeWbgtC, sunWbgtC: null, solarLoadWm2: null };
  const sun = sunPosition(midUtcMs, place.lat, place.lng);
  const radiation = Math.max(0, radiationWm2);
  const sunWbgtC =
    humidityPct === null
      ? null
      : outdoorWbgt({ temperatureC, humidityPct, wind10mMs: windMs, radiationWm2: radiation, cosZenith: sun.cosZenith, sunDistanceAu: sun.distanceAu }).wbgtC;
  return { shadeWbgtC, sunWbgtC, solarLoadWm2: solarLoadWm2(radiation, sun.cosZenith, sun.distanceAu) };
}
