import type { Plan } from './analysis';
import type { Product } from './product';
import { floorTo } from './round';

export type PlanItem = Plan['during']['items'][number];

interface Budget {
  fluidMl: number;
  sodiumMg: number;
  carbsG: number;
}

/** How many servings fit the budget: none of fluid, sodium or carbohydrate may go over. */
function fits(p: Product, left: Budget): number {
  const limits = [
    p.volumeMl > 0 ? left.fluidMl / p.volumeMl : Number.POSITIVE_INFINITY,
    p.sodiumMg > 0 ? left.sodiumMg / p.sodiumMg : Number.POSITIVE_INFINITY,
    p.carbsG > 0 ? left.carbsG / p.carbsG : Number.POSITIVE_INFINITY,
  ];
  const n = Math.floor(Math.min(...limits) + 1e-9);
  return Number.isFinite(n) ? Math.max(0, n) : 0;
}

/** Spread over the session: every N min (5-min steps), or null for drinks sipped throughout. */
const spacing = (p: Product, count: number, minutes: number): number | null =>
  p.kind === 'drink' ? null : Math.max(5, floorTo(minutes / count, 5));

/**
 * The plan's amounts in the runner's own products: first a drink for the fluid (the one with the
 * most sodium when sodium is planned), then carbohydrate (gels, chews, food), then sodium
 * (capsules), each only as many servings as fit what is left of ALL three amounts, so the items
 * never add up to more fluid, sodium or carbohydrate than the plan. Empty without products.
 */
export function planItems(products: readonly Product[], plan: Plan['during'], minutes: number): PlanItem[] {
  const hours = minutes / 60;
  if (products.length === 0 || !(hours > 0)) return [];
  const left: Budget = { fluidMl: plan.fluidMlPerH * hours, sodiumMg: plan.sodiumMgPerH * hours, carbsG: plan.carbsGPerH * hours };
  const items: PlanItem[] = [];
  const take = (candidates: Product[], useful: (p: Product) => number) => {
    const best = candidates.filter((p) => useful(p) > 0 && fits(p, left) > 0).sort((a, b) => useful(b) - useful(a))[0];
    if (!best) return;
    const count = fits(best, left);
    left.fluidMl -= best.volumeMl * count;
    left.sodiumMg -= best.sodiumMg * count;
    left.carbsG -= best.carbsG * count;
    items.push({ name: best.name, count, everyMin: spacing(best, count, minutes) });
  };
  const drinks = products.filter((p) => p.kind === 'drink' && p.volumeMl > 0);
  take(drinks, (p) => (left.sodiumMg > 0 ? 1 + p.sodiumMg : 1));
  take(products.filter((p) => p.kind === 'gel' || p.kind === 'chew' || p.kind === 'food'), (p) => p.carbsG);
  take(products.filter((p) => p.kind === 'capsule'), (p) => p.sodiumMg);
  return items;
}
