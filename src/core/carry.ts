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

/** Nobody times a capsule or gel more often than every 15 min. */
const MIN_INTERVAL_MIN = 15;
/** Beyond 3 h, counts are given per hour (restocked at aid stations or refills), not as a pile to carry. */
const PER_HOUR_FROM_H = 3;

export interface CarryInput {
  hours: number;
  fluidMlPerH: number;
  /** `thirst`: the fluid is a ceiling ("no more than"); absent means `schedule`. */
  strategy?: 'schedule' | 'thirst';
  /** false for short cool sessions where nothing needs carrying. */
  fluidNeeded?: boolean;
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
  return Math.max(MIN_INTERVAL_MIN, Math.round((hours * 60) / count / 5) * 5);
}

/** A count for the whole session, or per hour for long ones; an item never comes more often than every 15 min. */
function counts(hours: number, total: number): { n: number; perHour: boolean; everyMin: number } {
  const perHour = hours > PER_HOUR_FROM_H;
  const maxN = Math.floor((hours * 60) / MIN_INTERVAL_MIN);
  const n = Math.max(1, Math.min(maxN || 1, Math.ceil(total)));
  if (!perHour) return { n, perHour, everyMin: everyMin(hours, n) };
  const perH = Math.max(1, Math.min(60 / MIN_INTERVAL_MIN, Math.ceil(total / hours)));
  return { n: perH, perHour, everyMin: everyMin(1, perH) };
}

export function carryList(c: CarryInput): string[] {
  const items: string[] = [];
  const language = c.language ?? 'en';
  const m = messages(language);
  const vol = (ml: number) => formatVolumeMl(ml, c.units, language);
  const fluidMl = c.fluidMlPerH * c.hours;
  if (fluidMl > 0 && c.fluidNeeded !== false) {
    const total = vol(Math.round(fluidMl / 50) * 50);
    if (c.strategy === 'thirst') items.push(m.carryThirst({ total, long: c.hours > PER_HOUR_FROM_H }));
    else if (fluidMl <= 600) items.push(m.carryOneBottle({ total }));
    else if (fluidMl <= 1500) items.push(m.carryTwoFlasks({ flask: vol(500), total }));
    else items.push(m.carryVest({ total }));
  }
  const sodiumMg = c.sodiumMgPerH * c.hours;
  if (sodiumMg > 0) {
    const bottles = counts(c.hours, sodiumMg / DRINK_MIX_MG_PER_BOTTLE);
    const capsules = counts(c.hours, sodiumMg / CAPSULE_MG);
    items.push(m.carrySodium({ bottles: bottles.n, bottle: vol(500), capsules: capsules.n, everyMin: capsules.everyMin, perHour: capsules.perHour }));
  }
  const carbsG = c.carbsGPerH * c.hours;
  if (carbsG > 0) {
    const gels = counts(c.hours, carbsG / GEL_G);
    items.push(m.carryGels({ gels: gels.n, everyMin: gels.everyMin, perHour: gels.perHour }));
  } else if (c.mouthRinse) {
    items.push(m.carryMouthRinse());
  }
  if (c.pickleJuice) {
    const shotMl = Math.round(c.massKg / 10) * 10;
    items.push(m.carryPickleJuice({ shot: vol(shotMl), metric: c.units === 'metric' }));
  }
  return items;
}
