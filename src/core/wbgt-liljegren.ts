/**
 * Outdoor wet-bulb globe temperature from ordinary weather data, by the method of Liljegren,
 * Carhart, Lawday, Tschopp & Sharp 2008 (J Occup Environ Hyg 5:645): the energy balances of a
 * 5 cm black globe and of a wetted wick (the natural wet bulb) in the air, the sky's and ground's
 * long-wave radiation and the sun's short-wave, each solved for its temperature. WBGT =
 * 0.7·natural wet bulb + 0.2·globe + 0.1·air. Pure: the sun's height comes in as its cosine.
 * Constants and property formulas are the paper's (air properties from Bird, Stewart & Lightfoot;
 * the wick's convection from Bedingfield & Drew; the sky's emissivity from Oke).
 */
import { airProperties, saturationHpa, STEFAN_BOLTZMANN } from './air-properties';

export interface WbgtInput {
  temperatureC: number;
  humidityPct: number;
  /** Wind 10 m above ground (as weather services give it), m/s. */
  wind10mMs: number;
  /** Global short-wave irradiance on a horizontal surface, W/m² (hourly mean). */
  radiationWm2: number;
  /** Cosine of the sun's zenith angle (≤ 0: the sun is down). */
  cosZenith: number;
  /** Earth–sun distance in astronomical units (1 unless known). */
  sunDistanceAu?: number;
  pressureHpa?: number;
}

export interface WbgtResult {
  wbgtC: number;
  globeC: number;
  naturalWetBulbC: number;
  /** Wind at 2 m, m/s, as used. */
  wind2mMs: number;
  /** Short-wave used (capped at 85 % of the top of the atmosphere) and its direct-beam share. */
  radiationWm2: number;
  directFraction: number;
}

const SOLAR_CONSTANT = 1367;
/** Below ≈ 89.5° of zenith the sun is taken as down (the paper's limit). */
const MIN_COS_ZENITH = 0.00873;
const MAX_CLEARNESS = 0.85;
const MIN_WIND_MS = 0.13;
const GLOBE = { diameterM: 0.0508, emissivity: 0.95, albedo: 0.05 };
const WICK = { diameterM: 0.007, lengthM: 0.0254, emissivity: 0.95, albedo: 0.4 };
const GROUND = { emissivity: 0.999, albedo: 0.45 };

/**
 * The irradiance as the paper cleans it: none with the sun down, at most 85 % of what reaches the
 * top of the atmosphere, and the direct beam's share from that clearness (its empirical fit).
 */
export function solarParts(radiationWm2: number, cosZenith: number, sunDistanceAu = 1): { radiationWm2: number; directFraction: number } {
  const top = cosZenith >= MIN_COS_ZENITH ? (SOLAR_CONSTANT * cosZenith) / (sunDistanceAu * sunDistanceAu) : 0;
  if (!(top > 0) || !(radiationWm2 > 0)) return { radiationWm2: 0, directFraction: 0 };
  const clearness = Math.min(radiationWm2 / top, MAX_CLEARNESS);
  const direct = Math.exp(3 - 1.34 * clearness - 1.65 / clearness);
  return { radiationWm2: clearness * top, directFraction: Math.max(0, Math.min(0.9, direct)) };
}

/**
 * 10 m wind carried down to 2 m by a power law whose exponent follows the atmosphere's stability
 * (rural exponents; stability class from the sun and the wind, the EPA's solar-radiation/ΔT
 * method; without a measured temperature gradient, nights count as stable).
 */
export function windAt2m(wind10mMs: number, radiationWm2: number, sunUp: boolean): number {
  const exponents = [0.07, 0.07, 0.1, 0.15, 0.35, 0.55];
  const v = Math.max(0, wind10mMs);
  let stability: number;
  if (sunUp) {
    const sun = radiationWm2 >= 925 ? 0 : radiationWm2 >= 675 ? 1 : radiationWm2 >= 175 ? 2 : 3;
    const windClass = v >= 6 ? 4 : v >= 5 ? 3 : v >= 3 ? 2 : v >= 2 ? 1 : 0;
    const table = [
      [1, 1, 2, 4],
      [1, 2, 3, 4],
      [2, 2, 3, 4],
      [3, 3, 4, 4],
      [3, 4, 4, 4],
    ];
    stability = table[windClass]?.[sun] ?? 4;
  } else stability = v >= 2.5 ? 4 : 6;
  return Math.max(MIN_WIND_MS, v * (2 / 10) ** (exponents[stability - 1] ?? 0.15));
}

/** The root of an increasing function between lo and hi, by halving (always converges). */
function solveIncreasing(f: (x: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  for (let i = 0; i < 60 && b - a > 1e-4; i++) {
    const mid = (a + b) / 2;
    if (f(mid) > 0) b = mid;
    else a = mid;
  }
  return (a + b) / 2;
}

/** Globe temperature, K: absorbed sky, ground and sun = emitted + convected (the paper's globe balance). */
function globeK(airK: number, skyEmissivity: number, wind: number, solar: { radiationWm2: number; directFraction: number }, cosZenith: number, pressureHpa: number): number {
  const longwave = 0.5 * (skyEmissivity * airK ** 4 + GROUND.emissivity * airK ** 4);
  // A sphere sees the beam through its cross-section (¼ of its surface ÷ cos z against the horizontal figure).
  const beam = cosZenith > 0 ? solar.directFraction * (1 / (2 * cosZenith) - 1) : 0;
  const shortwave = (solar.radiationWm2 / (2 * STEFAN_BOLTZMANN * GLOBE.emissivity)) * (1 - GLOBE.albedo) * (beam + 1 + GROUND.albedo);
  const balance = (tg: number) => {
    const { conductivity, reynoldsPerMs, prandtl } = airProperties((tg + airK) / 2, pressureHpa);
    const nusselt = 2 + 0.6 * Math.sqrt(reynoldsPerMs * wind * GLOBE.diameterM) * prandtl ** (1 / 3);
    const h = (nusselt * conductivity) / GLOBE.diameterM;
    return tg ** 4 - (longwave - (h / (STEFAN_BOLTZMANN * GLOBE.emissivity)) * (tg - airK) + shortwave);
  };
  return solveIncreasing(balance, airK - 30, airK + 90);
}

/** Natural wet-bulb temperature, K: the wick's evaporation cools it; convection, sky and sun warm it. */
function wetBulbK(airK: number, humidityPct: number, skyEmissivity: number, wind: number, solar: { radiationWm2: number; directFraction: number }, cosZenith: number, pressureHpa: number): number {
  const airVapour = (humidityPct / 100) * saturationHpa(airK);
  const tanZenith = cosZenith > 0 ? Math.sqrt(1 - cosZenith * cosZenith) / cosZenith : 0;
  const ends = 0.25 * (WICK.diameterM / WICK.lengthM);
  const sunOnWick = (1 - WICK.albedo) * solar.radiationWm2 * ((1 - solar.directFraction) * (1 + ends) + solar.directFraction * (tanZenith / Math.PI + ends) + GROUND.albedo);
  const balance = (tw: number) => {
    const ref = (tw + airK) / 2;
    const air = airProperties(ref, pressureHpa);
    const nusselt = 0.281 * (air.reynoldsPerMs * wind * WICK.diameterM) ** 0.6 * air.prandtl ** 0.44;
    const h = (nusselt * air.conductivity) / WICK.diameterM;
    const radiation = STEFAN_BOLTZMANN * WICK.emissivity * (0.5 * (skyEmissivity * airK ** 4 + GROUND.emissivity * airK ** 4) - tw ** 4) + sunOnWick;
    const wickVapour = saturationHpa(tw);
    const evaporation = (air.latentHeat / air.psychrometricRatio) * ((wickVapour - airVapour) / (pressureHpa - wickVapour)) * (air.prandtl / air.schmidt) ** 0.56;
    return tw - (airK - evaporation + radiation / h);
  };
  return solveIncreasing(balance, airK - 60, airK + 30);
}

/** Outdoor WBGT (Liljegren et al. 2008) for one hour. */
export function outdoorWbgt(input: WbgtInput): WbgtResult {
  const pressureHpa = input.pressureHpa ?? 1013.25;
  const airK = input.temperatureC + 273.15;
  const solar = solarParts(input.radiationWm2, input.cosZenith, input.sunDistanceAu);
  const sunUp = input.cosZenith > 0;
  const wind = windAt2m(input.wind10mMs, solar.radiationWm2, sunUp);
  const skyEmissivity = 0.575 * ((input.humidityPct / 100) * saturationHpa(airK)) ** 0.143;
  const globeC = globeK(airK, skyEmissivity, wind, solar, input.cosZenith, pressureHpa) - 273.15;
  const naturalWetBulbC = wetBulbK(airK, input.humidityPct, skyEmissivity, wind, solar, input.cosZenith, pressureHpa) - 273.15;
  return {
    wbgtC: 0.7 * naturalWetBulbC + 0.2 * globeC + 0.1 * input.temperatureC,
    globeC,
    naturalWetBulbC,
    wind2mMs: wind,
    radiationWm2: solar.radiationWm2,
    directFraction: solar.directFraction,
  };
}
