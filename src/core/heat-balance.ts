/**
 * Heat-balance estimate of the sweat a session needs: the heat that must leave by evaporation,
 * divided by the latent heat of sweat. Pieces from ISO 7933 (predicted heat strain) applied to
 * a runner in light kit. See docs/science.md §1 for the calibration and its known misses.
 */

/** Latent heat of sweat 2430 J/g: 1 L/h of evaporated sweat carries 2430e3/3600 ≈ 675 W. */
const WATTS_PER_LPH = 675;
/**
 * Running kit (shorts + singlet) ≈ 0.1 clo; 1 clo = 0.155 m²K/W (ISO 9920). With 0.1 clo and a
 * mesh-like permeability index of 0.45 the model reproduces the Lara 2016 marathon (docs/science.md).
 */
const KIT_CLO = 0.1;
const KIT_ICL = KIT_CLO * 0.155;
/** Clothing area factor fcl = 1 + 0.3·Icl(clo) and moisture permeability index (ISO 7933). */
const FCL = 1 + 0.3 * KIT_CLO;
const IM = 0.45;
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
}

/** Evaporative heat the body must lose, W/m² (≥ 0), and the most the air allows. */
export function requiredEvaporation(input: HeatBalanceInput): { ereqWm2: number; emaxWm2: number } {
  const area = duBoisM2(input.massKg, input.heightCm);
  const m = input.metabolicW / area;
  const w = input.externalWorkW / area;
  const ta = input.temperatureC;
  const pa = vapourPressureKPa(ta, input.humidityPct);
  const va = Math.max(1, input.airSpeedMs);
  // ISO 7933 skin temperature fit for clothed subjects; radiant temperature taken as air.
  const tsk = 7.191 + 0.064 * ta + 0.061 * ta + 0.198 * pa - 0.348 * Math.min(va, 4) + 0.616 * CORE_C;
  const hc = 8.7 * va ** 0.6;
  const dry = (tsk - ta) / (KIT_ICL + 1 / (FCL * (hc + HR)));
  const texp = 28.56 + 0.115 * ta + 0.641 * pa;
  const cres = 0.001516 * m * (texp - ta);
  const eres = 0.00127 * m * (59.34 + 0.53 * ta - 11.63 * pa);
  const ereqWm2 = Math.max(0, m - w - dry - cres - eres);
  const he = 16.5 * hc;
  const emaxWm2 = Math.max(1, (saturationKPa(tsk) - pa) / (KIT_ICL / (IM * 16.7) + 1 / (FCL * he)));
  return { ereqWm2, emaxWm2 };
}

/** Sweat needed to hold heat balance, L/h, before any floor or prior (may be ~0 in the cold). */
export function heatBalanceSweatLph(input: HeatBalanceInput): number {
  const { ereqWm2, emaxWm2 } = requiredEvaporation(input);
  const efficiency = sweatEfficiency(ereqWm2 / emaxWm2);
  return ((ereqWm2 / efficiency) * duBoisM2(input.massKg, input.heightCm)) / WATTS_PER_LPH;
}
