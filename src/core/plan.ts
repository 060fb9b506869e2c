import type { Plan } from './analysis';
import { carbAdvice, type CarbAdvice, recovery } from './carbs';
import { carryList } from './carry';
import { afterFluid, beforeFluid, duringFluid } from './fluid';
import type { Language, Units } from './profile';
import { floorTo, roundTo } from './round';

/** Replacement sodium floor when it matters: the bottom of the 280–900 mg/h studied (McCubbin & Costa 2018). */
const MIN_SODIUM_MG_PER_H = 300;

export interface PlanInput {
  minutes: number;
  massKg: number;
  sweatRateLph: number;
  sweatLossMl: number;
  sodiumMgPerL: number;
  sodiumMatters: boolean;
  pickleJuice: boolean;
  units: Units;
  /** English when absent. */
  language?: Language;
}

/**
 * The plan for the same session next time. Sodium goes in at roughly the runner's own sweat
 * concentration in what they drink (so drinks do not dilute them) but never above the estimated
 * sodium loss per hour.
 */
export function buildPlan(p: PlanInput): { plan: Plan; carb: CarbAdvice; recoveryCarbsHighG: number } {
  const hours = p.minutes / 60;
  const sweatMlPerH = p.sweatRateLph * 1000;
  const during = duringFluid(p.minutes, sweatMlPerH, p.massKg);
  const lossPerH = p.sweatRateLph * p.sodiumMgPerL;
  const sodiumMgPerH =
    p.sodiumMatters && p.minutes > 45
      ? floorTo(Math.min(lossPerH, Math.max(MIN_SODIUM_MG_PER_H, (during.fluidMlPerH / 1000) * p.sodiumMgPerL)), 50)
      : 0;
  const carb = carbAdvice(p.minutes);
  const rec = recovery(p.minutes, p.massKg);
  const deficitMl = Math.max(0, p.sweatLossMl - during.fluidMlPerH * hours);
  const after = afterFluid(deficitMl);
  const carry = carryList({
    hours,
    fluidMlPerH: during.fluidMlPerH,
    sodiumMgPerH,
    carbsGPerH: carb.carbsGPerH,
    mouthRinse: carb.band === 'mouth-rinse',
    massKg: p.massKg,
    pickleJuice: p.pickleJuice,
    units: p.units,
    language: p.language,
  });
  const plan: Plan = {
    before: beforeFluid(p.massKg, p.language),
    during: { ...during, sodiumMgPerH, carbsGPerH: carb.carbsGPerH, carry },
    after: {
      fluidMl: after.fluidMl,
      fluidMlHigh: after.fluidMlHigh,
      carbsG: roundTo(rec.carbsG, 5),
      proteinG: roundTo(rec.proteinG, 5),
      withinMin: rec.withinMin,
    },
  };
  return { plan, carb, recoveryCarbsHighG: rec.carbsGHigh };
}
