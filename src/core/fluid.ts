import { messages } from './i18n/index';
import type { Language } from './profile';
import { floorTo, roundTo } from './round';

/**
 * Fluid around a session (ACSM, Sawka et al. 2007; NATA 2017): start hydrated, keep the loss
 * under 2 % of body mass, never drink more than you sweat, replace 125–150 % of what is left.
 */
/** Below 45 min nobody needs to drink during a run. */
export const NO_DRINK_BELOW_MIN = 45;
/** Loss the guidelines accept before performance and cramp thresholds (Lau 2019) come into play. */
const ALLOWED_LOSS_FRACTION = 0.02;
/** Most runners cannot absorb or carry more than ~1 L/h. */
const GUT_MAX_ML_PER_H = 1000;
/** Without a deficit to close, replacing ~60 % of sweat is a comfortable default (ACSM 0.4–0.8 L/h). */
const COMFORT_FRACTION = 0.6;
const SIP_OPTIONS_MIN = [15, 20] as const;

export interface DuringFluid {
  fluidMlPerH: number;
  sipEveryMin: number | null;
  sipMl: number | null;
}

/** 5–7 mL/kg about 4 h before (≈ the popular 300–400 mL 90 min before for a 60–70 kg runner). */
export function beforeFluid(massKg: number, language: Language = 'en'): { fluidMl: number; fluidMlHigh: number; when: string } {
  return {
    fluidMl: roundTo(5 * massKg, 50),
    fluidMlHigh: roundTo(7 * massKg, 50),
    when: messages(language).beforeWhen(),
  };
}

/**
 * What to drink per hour: enough to keep the loss under 2 % of body mass, at least a comfortable
 * 60 % of sweat, never more than the estimated sweat rate (the cause of hyponatremia) or 1 L/h.
 * Sips are whole 50 mL steps every 15 or 20 min; the schedule never passes the cap.
 */
export function duringFluid(durationMin: number, sweatRateMlPerH: number, massKg: number): DuringFluid {
  if (!(durationMin > NO_DRINK_BELOW_MIN) || !(sweatRateMlPerH > 0)) {
    return { fluidMlPerH: 0, sipEveryMin: null, sipMl: null };
  }
  const hours = durationMin / 60;
  const needMlPerH = Math.max(0, (sweatRateMlPerH * hours - ALLOWED_LOSS_FRACTION * massKg * 1000) / hours);
  const target = Math.min(Math.max(needMlPerH, COMFORT_FRACTION * sweatRateMlPerH), sweatRateMlPerH, GUT_MAX_ML_PER_H);
  const cap = Math.min(sweatRateMlPerH, GUT_MAX_ML_PER_H);
  // Smallest sip schedule that meets the target without passing the cap; else the largest under it.
  let best: DuringFluid | null = null;
  for (const every of SIP_OPTIONS_MIN) {
    const sipMl = Math.max(50, Math.ceil((target * every) / 60 / 50 - 1e-9) * 50);
    const perH = (sipMl * 60) / every;
    if (perH <= cap && (best === null || perH < best.fluidMlPerH)) best = { fluidMlPerH: perH, sipEveryMin: every, sipMl };
  }
  if (best !== null) return best;
  let under: DuringFluid = { fluidMlPerH: 0, sipEveryMin: null, sipMl: null };
  for (const every of SIP_OPTIONS_MIN) {
    const sipMl = floorTo((cap * every) / 60, 50);
    const perH = (sipMl * 60) / every;
    if (sipMl >= 50 && perH > under.fluidMlPerH) under = { fluidMlPerH: perH, sipEveryMin: every, sipMl };
  }
  return under;
}

/** Rehydration after: 1.25–1.5 L per kg still missing (NATA 2017; ACSM "150 %"). */
export function afterFluid(deficitMl: number): { fluidMl: number; fluidMlHigh: number } {
  const d = Math.max(0, deficitMl);
  return { fluidMl: roundTo(1.25 * d, 50), fluidMlHigh: roundTo(1.5 * d, 50) };
}
