/**
 * Heat-balance estimate of the sweat a session needs: the heat that must leave by evaporation,
 * divided by the latent heat of sweat. Pieces from ISO 7933 (predicted heat strain) applied to
 * a runner in light kit. See docs/science.md §1 for the calibration and its known misses.
 */
import { radiantTemperatureC } from './solar-load';

/** Latent heat of sweat 2430 J/g: 1 L/h of evaporated sweat carries 2430e3/3600 ≈ 675 W. */
const WATTS_PER_LPH = 675;
/**
 * What people wear for exercise follows the weather: shorts and singlet (≈ 0.1 clo) from 20 °C,
 * shorts and T-shirt (≈ 0.15 clo) at 10 °C, long sleeves and tights (≈ 0.22 clo) at 0 °C, a light
 * running jacket on top (≈ 0.3 clo) at −10 °C (light sportswear, ISO 9920 garment values; the
 * points are this project's choice, kept low enough that a colder day never predicts more sweat
 * than a warmer one: tests/core/sweat-model.test.ts). 1 clo = 0.155 m²K/W.
 */
const CLO_POINTS: readonly (readonly [number, number])[] = [
  [-10, 0.3],
  [0, 0.22],
  [10, 0.15],
  [20, 0.1],
];
export function clothingClo(temperatureC: number): number {
  const first = CLO_POINTS[0] as readonly [number, number];
  const last = CLO_POINTS[CLO_POINTS.length - 1] as readonly [number, number];
  if (!(temperatureC > first[0])) return first[1];
  if (temperatureC >= last[0]) return last[1];
  for (let i = 1; i < CLO_POINTS.length; i++) {
    const [t1, c1] = CLO_POINTS[i] as readonly [number, number];
    const [t0, c0] = CLO_POINTS[i - 1] as readonly [number, number];
    if (temperatureC <= t1) return c0 + ((c1 - c0) * (temperatureC - t0)) / (t1 - t0);
  }
  return last[1];
}
/** Moisture permeability index of light sports kit (ISO 7933 uses 0.38 for ordinary clothing). */
const IM = 0.45;
/**
 * ISO 7933 limits: skin wettedness cannot pass 1 (acclimatised), and sustained sweating above
 * ≈ 2.5 L/h is rare even in acclimatised athletes (Baker & Wolfe 2022). Heat the body cannot shed
 * within these limits is stored: the heat is uncompensable and the body heats up.
 */
export const MAX_WETTEDNESS = 1;
export const MAX_SWEAT_LPH = 2.5;
/** Linearised radiative coefficient for skin near 33 °C, W/m²K (ISO 7933 typical value). */
const HR = 4.7;
/** Rectal temperature of a runner at a steady hard effort, °C: feeds the ISO skin-temperature fit. */
const CORE_C = 38.5;
/** ISO 7933 caps sweating efficiency at w = 1.7 and never lets it fall below 0.05. */
const MIN_EFFICIENCY = 0.05;

/** Saturated water vapour pressure, kPa (Tetens/Magnus form used by ISO 7933 annexes). */
export function saturationKPa(temperatureC: number): number {
  return 0.6105 * Math.exp((17.27 * temperatureC) / (temperatureC + 237.3));
}

/** Ambient water vapour pressure, kPa. */
export function vapourPressureKPa(temperatureC: number, humidityPct: number): number {
  return (humidityPct / 100) * saturationKPa(temperatureC);
}

/** Body surface area, m² (DuBois & DuBois 1916). */
export function duBoisM2(massKg: number, heightCm: number): number {
  return 0.007184 * massKg ** 0.425 * heightCm ** 0.725;
}

/** Sweating efficiency from skin wettedness w = Ereq/Emax (ISO 7933). */
export function sweatEfficiency(wettedness: number): number {
  if (wettedness <= 1) return 1 - (wettedness * wettedness) / 2;
  if (wettedness < 1.7) return Math.max(MIN_EFFICIENCY, ((2 - wettedness) ** 2) / 2);
  return MIN_EFFICIENCY;
}

export interface HeatBalanceInput {
  /** Metabolic heat production, W (whole body). */
  metabolicW: number;
  /** Mechanical power leaving the body (cycling), W; 0 for level running. */
  externalWorkW: number;
  massKg: number;
  heightCm: number;
  temperatureC: number;
  humidityPct: number;
  /** Air speed over the skin, m/s: running speed (still air) or riding speed. */
  airSpeedMs: number;
  /** Short-wave the body absorbs, W/m² (solar-load.ts): raises the radiant temperature above the air's. */
  solarLoadWm2?: number;
}

const clothing = (temperatureC: number) => {
  const clo = clothingClo(temperatureC);
  return { icl: clo * 0.155, fcl: 1 + 0.3 * clo };
}

/** Evaporative heat the body must lose, W/m² (≥ 0), and the most the air allows. */
export function requiredEvaporation(input: HeatBalanceInput): { ereqWm2: number; emaxWm2: number } {
  const area = duBoisM2(input.massKg, input.heightCm);
  const m = input.metabolicW / area;
  const w = input.externalWorkW / area;
  const ta = input.temperatureC;
  const pa = vapourPressureKPa(ta, input.humidityPct);
  const va = Math.max(1, input.airSpeedMs);
  // In the shade the radiant temperature is the air's; the sun raises it (a mean radiant temperature).
  const tr = radiantTemperatureC(ta, input.solarLoadWm2 ?? 0);
  // ISO 7933 skin temperature fit for clothed subjects.
  const tsk = 7.191 + 0.064 * ta + 0.061 * tr + 0.198 * pa - 0.348 * Math.min(va, 4) + 0.616 * CORE_C;
  const hc = 8.7 * va ** 0.6;
  const { icl, fcl } = clothing(ta);
  // Dry heat leaves towards the operative temperature: air and radiant, weighted by convection and radiation.
  const operative = (hc * ta + HR * tr) / (hc + HR);
  const dry = (tsk - operative) / (icl + 1 / (fcl * (hc + HR)));
  const texp = 28.56 + 0.115 * ta + 0.641 * pa;
  const cres = 0.001516 * m * (texp - ta);
  const eres = 0.00127 * m * (59.34 + 0.53 * ta - 11.63 * pa);
  const ereqWm2 = Math.max(0, m - w - dry - cres - eres);
  const he = 16.5 * hc;
  const emaxWm2 = Math.max(1, (saturationKPa(tsk) - pa) / (icl / (IM * 16.7) + 1 / (fcl * he)));
  return { ereqWm2, emaxWm2 };
}

export interface HeatBalance {
  /** Sweat the body can produce towards heat balance, L/h, within the ISO limits (may be ~0 in the cold). */
  sweatLph: number;
  /** true when holding heat balance would need more than the limits allow: the body heats up. */
  uncompensable: boolean;
}

/**
 * Sweat towards heat balance. Like ISO 7933, wettedness is limited to MAX_WETTEDNESS (evaporation
 * to w·Emax) and sweat to MAX_SWEAT_LPH; heat beyond that is stored, never turned into an
 * impossible rate, and the result says the heat is uncompensable.
 */
export function heatBalance(input: HeatBalanceInput): HeatBalance {
  const { ereqWm2, emaxWm2 } = requiredEvaporation(input);
  // Past full wettedness more sweat only drips: the drive keeps rising with the heat, efficiency stays at w = 1.
  const wettedness = Math.min(MAX_WETTEDNESS, ereqWm2 / emaxWm2);
  const lph = ((ereqWm2 / sweatEfficiency(wettedness)) * duBoisM2(input.massKg, input.heightCm)) / WATTS_PER_LPH;
  const uncompensable = ereqWm2 > MAX_WETTEDNESS * emaxWm2 || lph > MAX_SWEAT_LPH;
  return { sweatLph: Math.min(MAX_SWEAT_LPH, lph), uncompensable };
}

/** Sweat towards heat balance, L/h, before any floor (see heatBalance). */
export function heatBalanceSweatLph(input: HeatBalanceInput): number {
  return heatBalance(input).sweatLph;
}
