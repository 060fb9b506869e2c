import type { HeatFlag, InputNote } from '../analysis';
import type { DrinkingStrategy } from '../fluid-strategy';
import type { SweatBasis } from '../sweat-rate';
import type { Item } from './leg-items';
import type { RaceSafetyNote } from './race-safety';

/** One leg: from the start or a station to the next station or the finish. Amounts for the whole leg. */
export interface RaceLeg {
  fromM: number;
  toM: number;
  /** Seconds after the start the runner is expected at the leg's start and end. */
  startS: number;
  endS: number;
  /** Mean forecast over the leg's hours, or null when the forecast does not reach them. */
  temperatureC: number | null;
  humidityPct?: number;
  heatFlag?: HeatFlag;
  /** With `thirst` a ceiling, never a target; never above the low end of the leg's sweat × its hours. */
  fluidMl: number;
  sodiumMg: number;
  carbsG: number;
  items: Item[];
  /** The low end of this leg's sweat estimate, L/h: the fluid's ceiling. */
  sweatLowLph: number;
  /** A runner who has cramped before: hold back on this early leg. */
  holdBack?: true;
}

export interface RacePlan {
  strategy: DrinkingStrategy;
  /** Time-weighted over the legs. */
  sweatRateLph: { value: number; low: number; high: number; basis: SweatBasis };
  legs: RaceLeg[];
  totals: { fluidMl: number; sodiumMg: number; carbsG: number };
  safety: RaceSafetyNote[];
  invalid: InputNote[];
}
