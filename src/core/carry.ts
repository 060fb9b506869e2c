import { formatVolumeMl } from './format';
import type { Units } from './profile';

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
}

function everyMin(hours: number, count: number): number {
  return Math.max(5, Math.round((hours * 60) / count / 5) * 5);
}

export function carryList(c: CarryInput): string[] {
  const items: string[] = [];
  const vol = (ml: number) => formatVolumeMl(ml, c.units);
  const fluidMl = c.fluidMlPerH * c.hours;
  if (fluidMl > 0) {
    const total = Math.round(fluidMl / 50) * 50;
    if (fluidMl <= 600) items.push(`Fluid: one handheld bottle or soft flask (about ${vol(total)} in all)`);
    else if (fluidMl <= 1500) items.push(`Fluid: a belt or vest with two ${vol(500)} soft flasks (about ${vol(total)} in all)`);
    else items.push(`Fluid: about ${vol(total)} in all — a hydration vest or planned refills (fountains, a loop past your car)`);
  }
  const sodiumMg = c.sodiumMgPerH * c.hours;
  if (sodiumMg > 0) {
    const bottles = Math.max(1, Math.ceil(sodiumMg / DRINK_MIX_MG_PER_BOTTLE));
    const capsules = Math.max(1, Math.ceil(sodiumMg / CAPSULE_MG));
    items.push(
      `Sodium: electrolyte drink mix, ${bottles} × ${vol(500)} bottle${bottles > 1 ? 's' : ''} at ~300–500 mg sodium each, ` +
        `or ${capsules} salt capsule${capsules > 1 ? 's' : ''} (~200–250 mg each, one every ${everyMin(c.hours, capsules)} min) or salty chews`,
    );
  }
  const carbsG = c.carbsGPerH * c.hours;
  if (carbsG > 0) {
    const gels = Math.max(1, Math.ceil(carbsG / GEL_G));
    items.push(`Carbohydrate: ${gels} gel${gels > 1 ? 's' : ''} (~20–25 g each), one every ${everyMin(c.hours, gels)} min, or the same carbohydrate as drink mix or chews`);
  } else if (c.mouthRinse) {
    items.push('Carbohydrate: a small bottle of sports drink to rinse or sip — no gels needed');
  }
  if (c.pickleJuice) {
    const shotMl = Math.round(c.massKg / 10) * 10;
    items.push(
      `At the first twinge: a pickle-juice shot (~${vol(shotMl)}${c.units === 'metric' ? ', about 1 mL per kg' : ', scaled to body weight'}) may cut a cramp short as a reflex, not as rehydration — a 2021 replication found no effect`,
    );
  }
  return items;
}
