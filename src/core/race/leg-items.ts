import type { Messages } from '../i18n/index';
import type { Product } from '../product';
import { GENERIC } from './products';
import type { Offer } from './race-input';

/** Nobody takes a gel or capsule more often than every 15 min. */
const MIN_INTERVAL_MIN = 15;
/** Two soft flasks (1 L) are what a runner carries between stations without a pack. */
const MAX_FLASKS = 2;

export interface Item {
  name: string;
  count: number;
}

export interface LegNeed {
  minutes: number;
  fluidMl: number;
  sodiumMg: number;
  carbsG: number;
  /** What the station at the leg's start hands out (none at the race start). */
  offers: readonly Offer[];
}

/**
 * Whole servings handed out leg by leg from running totals: a leg gets the servings its cumulative
 * amount has reached, so over the race the counts never add up to more than the plan.
 */
export class Servings {
  private need = 0;
  private given = 0;
  constructor(private readonly per: number) {}
  take(amount: number, maxCount: number): number {
    this.need += amount;
    const n = Math.max(0, Math.min(maxCount, Math.floor(this.need / this.per + 1e-9) - this.given));
    this.given += n;
    return n;
  }
}

export interface ItemSources {
  drink: Product | null;
  carbs: { name: string; g: number };
  stationGel: string;
  sodium: { name: string; mg: number };
  flask: string;
  flaskAtStation: string;
}

export function itemSources(products: readonly Product[], m: Messages): ItemSources {
  const drink = products.find((p) => p.kind === 'drink' && p.volumeMl > 0) ?? null;
  const fuel = products.find((p) => (p.kind === 'gel' || p.kind === 'chew' || p.kind === 'food') && p.carbsG > 0);
  const salt = products.find((p) => p.kind === 'capsule' && p.sodiumMg > 0);
  return {
    drink,
    carbs: fuel ? { name: fuel.name, g: fuel.carbsG } : { name: m.raceItemGel(), g: GENERIC.gelG },
    stationGel: m.raceItemStationGel(),
    sodium: salt ? { name: salt.name, mg: salt.sodiumMg } : { name: m.raceItemCapsule(), mg: GENERIC.capsuleMg },
    flask: m.raceItemFlask(),
    flaskAtStation: m.raceItemFlaskAtStation(),
  };
}

/** The leg's items: the drink in flasks (filled at the station when it has water or drink), fuel and salt in whole servings. */
export function legItems(need: LegNeed, src: ItemSources, counters: { drink: Servings | null; carbs: Servings; sodium: Servings }): Item[] {
  const items: Item[] = [];
  // One at the leg start, then one per further 15 min begun.
  const everyQuarter = Math.max(1, Math.ceil(need.minutes / MIN_INTERVAL_MIN - 1e-9));
  let carbsG = need.carbsG;
  let sodiumMg = need.sodiumMg;
  if (need.fluidMl > 0) {
    if (src.drink !== null && counters.drink !== null) {
      const n = counters.drink.take(need.fluidMl, MAX_FLASKS);
      if (n > 0) items.push({ name: src.drink.name, count: n });
      carbsG = Math.max(0, carbsG - n * src.drink.carbsG);
      sodiumMg = Math.max(0, sodiumMg - n * src.drink.sodiumMg);
    } else {
      const atStation = need.offers.includes('water') || need.offers.includes('drink');
      items.push({ name: atStation ? src.flaskAtStation : src.flask, count: Math.min(MAX_FLASKS, Math.ceil(need.fluidMl / GENERIC.flaskMl)) });
    }
  }
  const gels = counters.carbs.take(carbsG, everyQuarter);
  if (gels > 0) items.push({ name: need.offers.includes('gel') ? src.stationGel : src.carbs.name, count: gels });
  const capsules = counters.sodium.take(sodiumMg, everyQuarter);
  if (capsules > 0) items.push({ name: src.sodium.name, count: capsules });
  return items;
}
