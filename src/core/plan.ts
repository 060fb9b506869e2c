import type { Plan } from './analysis';
import { carbAdvice, type CarbAdvice, RECOVERY_NEXT_WITHIN_H, recovery } from './carbs';
import { carryList } from './carry';
import { afterFluid, beforeFluid, duringFluid } from './fluid';
import type { DrinkingStrategy } from './fluid-strategy';
import type { Language, Units } from './profile';
import { floorTo, roundTo } from './round';
import type { Product } from './product';
import { planItems } from './plan-items';

/** Replacement sodium floor when it matters: the bottom of the 280–900 mg/h studied (McCubbin & Costa 2018). */
const MIN_SODIUM_MG_PER_H = 300;
/** Never more than the studied range, rounded up to 1,000 mg/h; larger intakes were not studied. */
export const MAX_SODIUM_MG_PER_H = 1000;
/** A remaining deficit under 1 % of body mass is made up by normal meals and drinks (Sawka 2007). */
const AFTER_FROM_FRACTION = 0.01;

export interface PlanInput {
  minutes: number;
  massKg: number;
  /** Estimated sweat rate and the low end of its range, L/h. */
  sweatRateLph: number;
  sweatLowLph: number;
  sweatLossMl: number;
  sodiumMgPerL: number;
  sodiumMatters: boolean;
  pickleJuice: boolean;
  strategy: DrinkingStrategy;
  /** Metabolic power of the session, W: caps carbohydrate at a share of the energy spent. */
  metabolicW: number;
  walking: boolean;
  race: boolean;
  /** Yellow flag or hotter: even a short session may need a bottle. */
  hot: boolean;
  units: Units;
  /** English when absent. */
  language?: Language;
  /** The runner's own products: the plan is also given in them. */
  products?: readonly Product[];
  /** Body mass lost on the scale over this session, mL; null when not weighed. */
  weighedDeficitMl?: number | null;
}

/**
 * The plan for the same session next time. Fluid never above the low end of the sweat estimate
 * (fluid.ts). Sodium goes in at roughly the runner's own sweat concentration in what they drink
 * (so drinks do not dilute them), at least 300 mg/h when it matters, never above the estimated loss
 * per hour nor 1,000 mg/h.
 */
export function buildPlan(p: PlanInput): { plan: Plan; carb: CarbAdvice; recoveryCarbsHighG: number } {
  const hours = p.minutes / 60;
  const during = duringFluid({
    minutes: p.minutes,
    sweatMlPerH: p.sweatRateLph * 1000,
    sweatLowMlPerH: p.sweatLowLph * 1000,
    massKg: p.massKg,
    strategy: p.strategy,
  });
  const lossPerH = p.sweatRateLph * p.sodiumMgPerL;
  const wanted = Math.max(MIN_SODIUM_MG_PER_H, (during.fluidMlPerH / 1000) * p.sodiumMgPerL);
  const sodiumMgPerH = p.sodiumMatters && p.minutes > 45 ? floorTo(Math.min(lossPerH, wanted, MAX_SODIUM_MG_PER_H), 50) : 0;
  const carb = carbAdvice(p.minutes, p.metabolicW, p.walking);
  const rec = recovery(p.minutes, p.massKg, p.race);
  // A litre figure after the session only from the scale: from a prediction it is a guess that
  // can push a runner who drank enough (or too much) into hyponatremia (NATA 2017; Hew-Butler 2015).
  const weighed = p.weighedDeficitMl !== undefined && p.weighedDeficitMl !== null;
  const deficitMl = weighed ? Math.max(0, p.weighedDeficitMl ?? 0) : 0;
  const after = deficitMl >= AFTER_FROM_FRACTION * p.massKg * 1000 ? afterFluid(deficitMl) : { fluidMl: 0, fluidMlHigh: 0 };
  const carry = carryList({
    hours,
    fluidMlPerH: during.fluidMlPerH,
    strategy: during.strategy,
    fluidNeeded: p.minutes >= 75 || p.hot,
    sodiumMgPerH,
    carbsGPerH: carb.carbsGPerH,
    // A mouth rinse helps hard efforts of 45–75 min (Jeukendrup 2014), not an easy run: races only.
    mouthRinse: carb.band === 'mouth-rinse' && p.race,
    massKg: p.massKg,
    pickleJuice: p.pickleJuice,
    units: p.units,
    language: p.language,
  });
  const plan: Plan = {
    before: beforeFluid(p.massKg, p.language, p.units),
    during: { ...during, sodiumMgPerH, carbsGPerH: carb.carbsGPerH, carry, items: [] },
    after: {
      fluidMl: after.fluidMl,
      fluidMlHigh: after.fluidMlHigh,
      carbsG: roundTo(rec.carbsG, 5),
      proteinG: roundTo(rec.proteinG, 5),
      withinMin: rec.withinMin,
      fluidFrom: weighed ? 'weighed' : 'thirst',
    },
  };
  plan.during.items = planItems(p.products ?? [], plan.during, p.minutes);
  if (rec.withinMin > 0) plan.after.ifNextWithinH = RECOVERY_NEXT_WITHIN_H;
  return { plan, carb, recoveryCarbsHighG: rec.carbsGHigh };
}
