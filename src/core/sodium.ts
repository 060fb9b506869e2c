/**
 * Sweat sodium concentration and loss. 1 mmol Na = 22.99 mg.
 * Typical band 30–60 mmol/L, "salty sweater" ≥ 60 mmol/L (Lara et al. 2016).
 */
export const MG_PER_MMOL_NA = 22.99;
/** Default 40 mmol/L ≈ 920 mg/L, range 30–60 mmol/L (690–1380 mg/L). */
export const DEFAULT_SODIUM_MG_PER_L = { value: 920, low: 690, high: 1380 };
/** Salty sweaters by the checklist: ≥ 60 mmol/L (1380 mg/L) up to ~96 mmol/L (≈2200 mg/L), the top of Lara's range. */
export const SALTY_SODIUM_MG_PER_L = { value: 1380, low: 1380, high: 2200 };
/** A lab/patch measurement repeats to roughly ±15 %. */
const MEASURED_SPREAD = 0.15;

export interface Concentration {
  value: number;
  low: number;
  high: number;
}

/** Marathoners' sweat sodium by sex: women 33.9, men 44.0 mmol/L (Lara et al. 2016); the band stays 30–60. */
export const SODIUM_BY_SEX_MMOL = { female: 33.9, male: 44.0 } as const;

/** A measured concentration always wins over the salty-sweater checklist; then the sex's typical value when known. */
export function sweatSodiumMgPerL(measured: number | null, saltySweater: boolean, sex: 'female' | 'male' | null = null): Concentration {
  if (measured !== null) return { value: measured, low: measured * (1 - MEASURED_SPREAD), high: measured * (1 + MEASURED_SPREAD) };
  if (saltySweater) return { ...SALTY_SODIUM_MG_PER_L };
  if (sex === null) return { ...DEFAULT_SODIUM_MG_PER_L };
  return { ...DEFAULT_SODIUM_MG_PER_L, value: Math.round(SODIUM_BY_SEX_MMOL[sex] * MG_PER_MMOL_NA) };
}

/** Sodium lost, mg: sweat loss (mL) × concentration (mg/L), low with low and high with high. */
export function sodiumLossMg(
  sweatLossMl: { value: number; low: number; high: number },
  c: Concentration,
): { value: number; low: number; high: number } {
  return {
    value: (sweatLossMl.value / 1000) * c.value,
    low: (sweatLossMl.low / 1000) * c.low,
    high: (sweatLossMl.high / 1000) * c.high,
  };
}
