import type { InputNote } from './analysis';
import { MAX_SWEAT_LPH } from './heat-balance';
import type { Language } from './profile';
import { personalRate } from './personal-model';
import { roundTo } from './round';
import { type Conditions, modelSweat, type SweatRateInput } from './sweat-model';

export { type Conditions, modelSweat, physicsSweatLph, type SweatRateInput } from './sweat-model';
/** Even the lowest end keeps some sweat: nobody exercises at 0 L/h. */
const MIN_LPH = 0.1;

/** Endurance athletes' sweat rate, 1.28 ± 0.57 L/h (Barnes et al. 2019, n = 1303): the fallback only. */
export const PRIOR_LPH = 1.28;
export const PRIOR_SD_LPH = 0.57;
/**
 * People differ at the same work and weather: the population figure is used as a spread around
 * the physics (a personal multiplier), not as a pull towards 1.28 L/h. Its coefficient of
 * variation, 0.57 ÷ 1.28 ≈ 0.45, gives the runner's multiplier 0.55–1.45× (one SD either side);
 * wider than the ±0.3 L/h individual limits of the best models (Cheuvront, Sollanek & Baker 2021),
 * so the low end the drinking plan uses stays safe for runners who sweat little.
 */
const PERSONAL_CV = PRIOR_SD_LPH / PRIOR_LPH;
export const PERSONAL_MULTIPLIER = { low: 1 - PERSONAL_CV, high: 1 + PERSONAL_CV } as const;
/** `weighed`: this session's own weights (intake.ts), which beat every model. */
export type SweatBasis = 'weighed' | 'measured' | 'personal' | 'predicted';

export interface SweatRate {
  value: number;
  low: number;
  high: number;
  basis: SweatBasis;
  /** true when holding heat balance needs more than the body can sweat (the body heats up). */
  uncompensable: boolean;
  /** The population prediction alone, for the "why" (equal to the estimate when predicted). */
  predicted: { value: number; low: number; high: number };
  /** With the runner's own numbers: how many, how many near today, and ± share (1 SD) of the personal factor. */
  personal?: { count: number; nearCount: number; sureSd: number };
}

/** Inside ±30–45 % ranges a hundredth of a litre is noise: rates are shown in 0.05 L/h steps. */
export const RATE_STEP_LPH = 0.05;
const step = (x: number) => roundTo(x, RATE_STEP_LPH);
/** The low end is the drinking ceiling: rounded down, so rounding never raises it. */
const stepDown = (x: number) => Math.floor(x / RATE_STEP_LPH + 1e-9) * RATE_STEP_LPH;

/** In steps; the low end rounds down, and nothing rounds above the cap (2.5 L/h, or what the runner measured). */
function rounded(r: SweatRate, capLph = MAX_SWEAT_LPH): SweatRate {
  const top = stepDown(capLph);
  const tidy = (x: number) => Math.round(Math.min(top, x) * 100) / 100;
  const low = Math.max(RATE_STEP_LPH, tidy(stepDown(r.low)));
  const value = Math.max(low, tidy(step(r.value)));
  // Written out, not spread: the 8-week view rounds hundreds of rates.
  const out: SweatRate = { value, low, high: Math.max(value, tidy(step(r.high))), basis: r.basis, uncompensable: r.uncompensable, predicted: r.predicted };
  if (r.personal !== undefined) out.personal = r.personal;
  return out;
}

/** The same conditions, number for number (every field modelSweat reads): the model gives them the same rate. */
const sameConditions = (a: Conditions, b: Conditions): boolean =>
  a.power === b.power && a.massKg === b.massKg && a.heightCm === b.heightCm && a.temperatureC === b.temperatureC && a.humidityPct === b.humidityPct && a.solarLoadWm2 === b.solarLoadWm2;

/**
 * The population prediction: the model for today (`centralLph`), widened by people's spread and by
 * unknown weather. With the weather known, the cool and warm ends are today's conditions: the
 * model is not run again for them (the 8-week view runs it for hundreds of runs).
 */
function predictedRate(input: SweatRateInput, centralLph: number): { value: number; low: number; high: number } {
  const value = centralLph;
  const cool = sameConditions(input.cool, input.central) ? value : modelSweat(input.cool).lph;
  const warm = sameConditions(input.warm, input.central) ? value : modelSweat(input.warm).lph;
  // Keytel's heart-rate equation misses individuals by about a fifth of the energy: widen by as much.
  const rough = input.central.power.rough === true ? ROUGH_EFFORT : 0;
  return {
    value,
    low: Math.min(value, Math.max(MIN_LPH, Math.min(value, cool) * (PERSONAL_MULTIPLIER.low - rough))),
    high: Math.min(MAX_SWEAT_LPH, Math.max(value, warm) * (PERSONAL_MULTIPLIER.high + rough)),
  };
}
const ROUGH_EFFORT = 0.2;

/**
 * The runner's own model (weigh-ins and a typed rate, personal-model.ts) when there is any, else the
 * prediction; always a range, in 0.05 L/h steps. A typed rate alone never puts the drinking ceiling
 * above the prediction's high end: its pace, sport and weather were guessed.
 */
export function estimateSweatRate(input: SweatRateInput, invalid: InputNote[], language: Language = 'en'): SweatRate {
  const central = modelSweat(input.central);
  const uncompensable = central.uncompensable;
  const predicted = predictedRate(input, central.lph);
  const own = personalRate(input, invalid, language);
  if (own === null) return rounded({ value: predicted.value, low: predicted.low, high: predicted.high, basis: 'predicted', uncompensable, predicted });
  const low = own.basis === 'measured' ? Math.min(own.low, predicted.high) : own.low;
  const personal = { count: own.count, nearCount: own.nearCount, sureSd: own.sureSd };
  const capLph = Math.max(MAX_SWEAT_LPH, input.measuredLph ?? 0, own.high);
  return rounded({ value: own.value, low: Math.min(low, own.value), high: own.high, basis: own.basis, uncompensable, predicted, personal }, capLph);
}
