import { heatBalanceSweatLph } from './heat-balance';
import type { Power } from './metabolic';
import type { InputNote } from './analysis';
import type { Language } from './profile';
import { personalSweatRate } from './personal-fit';

/** Endurance athletes' sweat rate, 1.28 ± 0.57 L/h (Barnes et al. 2019, n = 1303). */
export const PRIOR_LPH = 1.28;
export const PRIOR_SD_LPH = 0.57;
/** Individual prediction error of good heat-balance models ≈ ±0.3 L/h (Cheuvront 2021). */
const MODEL_SD_LPH = 0.3;
/** Precision weight of the physics estimate against the prior: 1/0.3² ÷ (1/0.3² + 1/0.57²) ≈ 0.78. */
const MODEL_WEIGHT = 1 / MODEL_SD_LPH ** 2 / (1 / MODEL_SD_LPH ** 2 + 1 / PRIOR_SD_LPH ** 2);
/**
 * Cool-weather floor: heat balance predicts almost no sweat in the cold, yet marathoners at 7 °C
 * sweat ≈0.8 L/h (Rehrer & Burke 1996). At least 40 % of metabolic heat is taken to leave as sweat.
 */
const FLOOR_FRACTION_OF_METABOLIC = 0.4;
const WATTS_PER_LPH = 675;
/** Above ≈3.5 L/h the model is extrapolating past anything measured in runners (Baker 2016). */
const MAX_PREDICTED_LPH = 3.5;
/** A measured rate holds for its own conditions; ±15 % covers the day-to-day change. */
const MEASURED_SPREAD = 0.15;

export type SweatBasis = 'measured' | 'personal' | 'predicted';

export interface SweatRate {
  value: number;
  low: number;
  high: number;
  basis: SweatBasis;
}

export interface Conditions {
  power: Power;
  massKg: number;
  heightCm: number;
  temperatureC: number;
  humidityPct: number;
}

/** Physics estimate with its cool-weather floor, before blending, L/h. */
export function physicsSweatLph(c: Conditions): number {
  const raw = heatBalanceSweatLph({
    metabolicW: c.power.metabolicW,
    externalWorkW: c.power.externalWorkW,
    massKg: c.massKg,
    heightCm: c.heightCm,
    temperatureC: c.temperatureC,
    humidityPct: c.humidityPct,
    airSpeedMs: c.power.airSpeedMs,
  });
  const floor = (FLOOR_FRACTION_OF_METABOLIC * c.power.metabolicW) / WATTS_PER_LPH;
  return Math.min(MAX_PREDICTED_LPH, Math.max(floor, Number.isFinite(raw) ? raw : floor));
}

/** Physics blended with the population prior, L/h. */
export function predictedSweatLph(c: Conditions): number {
  return MODEL_WEIGHT * physicsSweatLph(c) + (1 - MODEL_WEIGHT) * PRIOR_LPH;
}

const halfWidth = (lph: number) => Math.max(MODEL_SD_LPH, 0.25 * lph);

export interface SweatRateInput {
  measuredLph: number | null;
  sweatTests: readonly unknown[];
  /** Best guess, then the cool/dry and hot/humid ends when weather is unknown (equal when known). */
  central: Conditions;
  cool: Conditions;
  warm: Conditions;
}

/** Measured first, then the runner's weigh-ins, then the prediction; always a range. */
export function estimateSweatRate(input: SweatRateInput, invalid: InputNote[], language: Language = 'en'): SweatRate {
  if (input.measuredLph !== null) {
    const v = input.measuredLph;
    return { value: v, low: v * (1 - MEASURED_SPREAD), high: v * (1 + MEASURED_SPREAD), basis: 'measured' };
  }
  const t = input.central.temperatureC;
  const personal = personalSweatRate(input.sweatTests, t, invalid, language);
  if (personal !== null) {
    const cool = personalSweatRate(input.sweatTests, input.cool.temperatureC, []);
    const warm = personalSweatRate(input.sweatTests, input.warm.temperatureC, []);
    return {
      value: personal.value,
      low: Math.min(personal.low, cool?.low ?? personal.low),
      high: Math.max(personal.high, warm?.high ?? personal.high),
      basis: 'personal',
    };
  }
  const value = predictedSweatLph(input.central);
  const coolLph = predictedSweatLph(input.cool);
  const warmLph = predictedSweatLph(input.warm);
  return {
    value,
    low: Math.max(0.1, Math.min(value, coolLph) - halfWidth(coolLph)),
    high: Math.max(value, warmLph) + halfWidth(warmLph),
    basis: 'predicted',
  };
}
