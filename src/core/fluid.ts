import type { DrinkingStrategy } from './fluid-strategy';
import { formatVolumeRangeMl } from './format';
import { messages } from './i18n/index';
import type { Language, Units } from './profile';
import { floorTo, roundTo } from './round';

/**
 * Fluid around a session (ACSM, Sawka et al. 2007; NATA 2017): start hydrated, keep the loss
 * under 2 % of body mass, never drink more than you sweat, replace 125–150 % of what is left.
 */
/** Below 45 min nobody needs to drink during a run. */
export const NO_DRINK_BELOW_MIN = 45;
/** Loss the guidelines accept before performance and cramp thresholds (Lau 2019) come into play. */
const ALLOWED_LOSS_FRACTION = 0.02;
const LONG_ALLOWED_LOSS_FRACTION = 0.03;
/** Most runners cannot absorb or carry more than ~1 L/h. */
const GUT_MAX_ML_PER_H = 1000;
/** Without a deficit to close, replacing ~60 % of sweat is a comfortable default (ACSM 0.4–0.8 L/h). */
const COMFORT_FRACTION = 0.6;
const SIP_OPTIONS_MIN = [15, 20] as const;

export interface DuringFluid {
  /** With `thirst`: the most to drink per hour (a ceiling, not a target). */
  fluidMlPerH: number;
  strategy: DrinkingStrategy;
  sipEveryMin: number | null;
  sipMl: number | null;
}

export interface DuringFluidInput {
  minutes: number;
  /** Estimated sweat rate and the low end of its range, mL/h. */
  sweatMlPerH: number;
  sweatLowMlPerH: number;
  massKg: number;
  strategy: DrinkingStrategy;
}

/**
 * Metabolic water and glycogen-bound water make a 2–3 % mass loss over a long event compatible
 * with full hydration: 2 % up to 2 h, rising to 3 % from 4 h.
 */
export function allowedLossFraction(minutes: number): number {
  const h = minutes / 60;
  if (h <= 2) return ALLOWED_LOSS_FRACTION;
  return Math.min(LONG_ALLOWED_LOSS_FRACTION, ALLOWED_LOSS_FRACTION + ((h - 2) / 2) * (LONG_ALLOWED_LOSS_FRACTION - ALLOWED_LOSS_FRACTION));
}

/** 5–7 mL/kg about 4 h before (≈ the popular 300–400 mL 90 min before for a 60–70 kg runner). */
export function beforeFluid(massKg: number, language: Language = 'en', units: Units = 'metric'): { fluidMl: number; fluidMlHigh: number; when: string } {
  return {
    fluidMl: roundTo(5 * massKg, 50),
    fluidMlHigh: roundTo(7 * massKg, 50),
    when: messages(language).beforeWhen({ amount: formatVolumeRangeMl(300, 400, units, language) }),
  };
}

/**
 * What to drink per hour. Never more than the LOW end of the estimated sweat rate (the estimate can
 * be ~0.3 L/h too high for this runner; drinking beyond sweat is the cause of hyponatremia) nor
 * ~1 L/h. `thirst`: that is the ceiling, no schedule. `schedule`: enough to keep the loss within
 * the allowed 2–3 % of body mass, at least a comfortable 60 % of sweat, as sips of whole 50 mL
 * every 15 or 20 min that never pass the ceiling.
 */
export function duringFluid(p: DuringFluidInput): DuringFluid {
  if (!(p.minutes > NO_DRINK_BELOW_MIN) || !(p.sweatMlPerH > 0) || !(p.sweatLowMlPerH > 0)) {
    return { fluidMlPerH: 0, strategy: 'thirst', sipEveryMin: null, sipMl: null };
  }
  const cap = Math.min(p.sweatLowMlPerH, GUT_MAX_ML_PER_H);
  if (p.strategy === 'thirst') return { fluidMlPerH: floorTo(cap, 50), strategy: 'thirst', sipEveryMin: null, sipMl: null };
  const hours = p.minutes / 60;
  const needMlPerH = Math.max(0, (p.sweatMlPerH * hours - allowedLossFraction(p.minutes) * p.massKg * 1000) / hours);
  const target = Math.min(Math.max(needMlPerH, COMFORT_FRACTION * p.sweatMlPerH), cap);
  // Smallest sip schedule that meets the target without passing the cap; else the largest under it.
  let best: DuringFluid | null = null;
  for (const every of SIP_OPTIONS_MIN) {
    const sipMl = Math.max(50, Math.ceil((target * every) / 60 / 50 - 1e-9) * 50);
    const perH = (sipMl * 60) / every;
    if (perH <= cap && (best === null || perH < best.fluidMlPerH)) best = { fluidMlPerH: perH, strategy: 'schedule', sipEveryMin: every, sipMl };
  }
  if (best !== null) return best;
  let under: DuringFluid | null = null;
  for (const every of SIP_OPTIONS_MIN) {
    const sipMl = floorTo((cap * every) / 60, 50);
    const perH = (sipMl * 60) / every;
    if (sipMl >= 50 && (under === null || perH > under.fluidMlPerH)) under = { fluidMlPerH: perH, strategy: 'schedule', sipEveryMin: every, sipMl };
  }
  // Too little to schedule even one 50 mL sip: drink to thirst under the ceiling.
  return under ?? { fluidMlPerH: floorTo(cap, 50), strategy: 'thirst', sipEveryMin: null, sipMl: null };
}

/** Rehydration after: 1.25–1.5 L per kg still missing (NATA 2017; ACSM "150 %"). */
export function afterFluid(deficitMl: number): { fluidMl: number; fluidMlHigh: number } {
  const d = Math.max(0, deficitMl);
  return { fluidMl: roundTo(1.25 * d, 50), fluidMlHigh: roundTo(1.5 * d, 50) };
}
