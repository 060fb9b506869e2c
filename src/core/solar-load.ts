/**
 * The sun's heat on a runner: the short-wave a standing or running person absorbs, per m² of the
 * body's radiating surface, from the hour's global irradiance and the sun's height. The form is
 * the usual one for a person's mean radiant temperature outdoors (Fanger 1970's projected-area
 * factor for a standing person as used in VDI 3787 and RayMan: fp = 0.308·cos(h·(0.998 − h²/50000)),
 * h the sun's altitude in degrees; short-wave absorptivity 0.7; half the sky's diffuse light and
 * half the light reflected by the ground reach the body). The direct/diffuse split is Liljegren's
 * (wbgt-liljegren.ts solarParts). Pure.
 */
import { STEFAN_BOLTZMANN } from './air-properties';
import { solarParts } from './wbgt-liljegren';

const BODY_ABSORPTIVITY = 0.7;
/** Ground albedo for the body: grass, asphalt and trails reflect 0.1–0.25; 0.2 is the usual default. */
const GROUND_ALBEDO = 0.2;

/** Projected-area factor of a standing person in the direct beam, by the sun's altitude in degrees. */
export function projectedAreaFactor(altitudeDeg: number): number {
  const h = Math.max(0, Math.min(90, altitudeDeg));
  return 0.308 * Math.cos(((h * (0.998 - (h * h) / 50000)) * Math.PI) / 180);
}

/** Absorbed short-wave, W per m² of radiating body surface; 0 with the sun down or no light. */
export function solarLoadWm2(radiationWm2: number, cosZenith: number, sunDistanceAu = 1): number {
  const { radiationWm2: global, directFraction } = solarParts(radiationWm2, cosZenith, sunDistanceAu);
  if (!(global > 0)) return 0;
  const altitudeDeg = (Math.asin(Math.min(1, cosZenith)) * 180) / Math.PI;
  const beamNormal = (directFraction * global) / cosZenith;
  const diffuse = (1 - directFraction) * global;
  return BODY_ABSORPTIVITY * (projectedAreaFactor(altitudeDeg) * beamNormal + 0.5 * diffuse + 0.5 * GROUND_ALBEDO * global);
}

/** Emissivity of skin and clothing for long-wave radiation. */
const BODY_EMISSIVITY = 0.97;

/** Mean radiant temperature, °C, of air at temperatureC with that absorbed solar load (long-wave taken at air temperature). */
export function radiantTemperatureC(temperatureC: number, loadWm2: number): number {
  if (!(loadWm2 > 0)) return temperatureC;
  const airK = temperatureC + 273.15;
  return (airK ** 4 + loadWm2 / (BODY_EMISSIVITY * STEFAN_BOLTZMANN)) ** 0.25 - 273.15;
}
