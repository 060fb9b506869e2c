import type { Balance } from './analysis';
import type { Context } from './context';
import { roundTo } from './round';

/** What the session cost against what the runner logged taking (null when not logged). */
export function balanceOf(c: Context): Balance {
  return {
    basis: c.weighed ? 'weighed' : 'estimated',
    fluid: { lostMl: { ...c.lossMl }, tookMl: c.took.fluidMl },
    sodium: { lostMg: { ...c.sodiumMg }, tookMg: c.took.sodiumMg },
    carbs: { tookG: c.took.carbsG, advisedGPerH: roundTo(c.carb.carbsGPerH, 1) },
  };
}

/** Taken per hour at or above this share of the advice counts as taken; below it is "well below". */
export const ENOUGH_SHARE = 0.75;

/** Fluid lost beyond what was drunk, mL: from the scale when weighed, else the central estimate. */
export function fluidDeficitMl(c: Pick<Context, 'weighed' | 'took' | 'lossMl'>): number | null {
  if (c.weighed) return ((c.took.massBeforeKg ?? 0) - (c.took.massAfterKg ?? 0)) * 1000;
  return c.took.fluidMl === null ? null : c.lossMl.value - c.took.fluidMl;
}
