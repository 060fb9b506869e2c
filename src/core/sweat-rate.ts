import type { InputNote } from './analysis';
import { MAX_SWEAT_LPH } from './heat-balance';
import type { Language } from './profile';
import { roundDigits } from './round';
import { scaledPersonalRate } from './scaled-rate';
import { modelSweat, type SweatRateInput } from './sweat-model';

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
export type SweatBasis = 'measured' | 'personal' | 'predicted';

export interface SweatRate {
  value: number;
  low: number;
  high: number;
  basis: SweatBasis;
  /** true when holding heat balance needs more than the body can sweat (the body heats up). */
  uncompensable: boolean;
}

const rounded = (r: SweatRate): SweatRate => ({
  ...r,
  value: roundDigits(r.value, 2),
  low: roundDigits(r.low, 2),
  high: roundDigits(r.high, 2),
});

/**
 * Measured first (scaled to today's conditions), then the runner's weigh-ins (scaled likewise),
 * then the prediction; always a range, rounded to 0.01 L/h.
 */
export function estimateSweatRate(input: SweatRateInput, invalid: InputNote[], language: Language = 'en'): SweatRate {
  const today = modelSweat(input.central);
  const scaled = scaledPersonalRate(input, invalid, language);
  if (scaled !== null) return rounded({ ...scaled, uncompensable: today.uncompensable });
  const cool = modelSweat(input.cool).lph;
  const warm = modelSweat(input.warm).lph;
  const value = today.lph;
  return rounded({
    value,
    low: Math.min(value, Math.max(MIN_LPH, Math.min(value, cool) * PERSONAL_MULTIPLIER.low)),
    high: Math.min(MAX_SWEAT_LPH, Math.max(value, warm) * PERSONAL_MULTIPLIER.high),
    basis: 'predicted',
    uncompensable: today.uncompensable,
  });
}
