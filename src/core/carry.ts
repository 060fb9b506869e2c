import { formatVolumeMl } from './format';
import { messages } from './i18n/index';
import type { Language, Units } from './profile';

/**
 * How a runner would carry the plan, by kind of product and its typical content, never by brand.
 * Counts follow from the plan's amounts × duration.
 */
/** Electrolyte drink mix: ~300–500 mg sodium per 500 mL bottle; 400 mg is the planning middle. */
const DRINK_MIX_MG_PER_BOTTLE = 400;
/** Salt capsules carry ~200–250 mg sodium each. */
const CAPSULE_MG = 225;
/** A gel carries ~20–25 g carbohydrate. */
const GEL_G = 22.5;

export interface CarryInput {
  hours: number;
  fluidMlPerH: number;
  sodiumMgPerH: number;
  carbsGPerH: number;
  mouthRinse: boolean;
  massKg: number;
  pickleJuice: boolean;
  units: Units;
  /** English when absent. */
  language?: Language;
}

function everyMin(hours: number, count: number): number {
  return Math.max(5, Math.round((hours * 60) / count / 5) * 5);
}

export function carryList(c: CarryInput): string[] {
  const items: string[] = [];
  const language = c.language ?? 'en';
  const m = messages(language);
  const vol = (ml: number) => formatVolumeMl(ml, c.units, language);
  const fluidMl = c.fluidMlPerH * c.hours;
  if (fluidMl > 0) {
    const total = vol(Math.round(fluidMl / 50) * 50);
    if (fluidMl <= 600) items.push(m.carryOneBottle({ total }));
    else if (fluidMl <= 1500) items.push(m.carryTwoFlasks({ flask: vol(500), total }));
    else items.push(m.carryVest({ total }));
  }
  const sodiumMg = c.sodiumMgPerH * c.hours;
  if (sodiumMg > 0) {
    const bottles = Math.max(1, Math.ceil(sodiumMg / DRINK_MIX_MG_PER_BOTTLE));
    const capsules = Math.max(1, Math.ceil(sodiumMg / CAPSULE_MG));
    items.push(m.carrySodium({ bottles, bottle: vol(500), capsules, everyMin: everyMin(c.hours, capsules) }));
  }
  const carbsG = c.carbsGPerH * c.hours;
  if (carbsG > 0) {
    const gels = Math.max(1, Math.ceil(carbsG / GEL_G));
    items.push(m.carryGels({ gels, everyMin: everyMin(c.hours, gels) }));
  } else if (c.mouthRinse) {
    items.push(m.carryMouthRinse());
  }
  if (c.pickleJuice) {
    const shotMl = Math.round(c.massKg / 10) * 10;
    items.push(m.carryPickleJuice({ shot: vol(shotMl), metric: c.units === 'metric' }));
  }
  return items;
}
