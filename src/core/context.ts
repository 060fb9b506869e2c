import type { Sport } from './activity';
import type { HeatFlag, Plan, Range } from './analysis';
import type { CarbAdvice } from './carbs';
import type { DistanceSpike, SportFamily } from './recent-training';
import type { Language, Units } from './profile';
import type { Concentration } from './sodium';
import type { SweatRate } from './sweat-rate';
import type { LoadTrend, OwnLog } from './own-patterns';
import type { CrampHistory } from './limits';
import type { CleanIntake } from './intake';

/** Everything the finding rules read, computed once per analysis. All numbers finite, SI units. */
export interface Context {
  /** The runner's language: every sentence and number is written in it (i18n/). */
  language: Language;
  units: Units;
  durationS: number;
  minutes: number;
  hours: number;
  massKg: number;
  massKnown: boolean;
  female: boolean;
  saltySweater: boolean;
  crampHistory: CrampHistory | null;
  isRace: boolean;
  speedMs: number | null;
  distanceM: number | null;
  sweat: SweatRate;
  lossMl: Range;
  sodiumMg: Range;
  sodiumConc: Concentration;
  /** Loss as % of body mass if nothing was drunk (default mass when unknown). */
  lossPct: number;
  temperatureKnown: boolean;
  temperatureC: number;
  humidityPct: number;
  wbgt: number | null;
  flag: HeatFlag | null;
  /** The flag's range when the humidity was assumed, else null. */
  flagRange: { low: HeatFlag; high: HeatFlag } | null;
  heatIndexF: number | null;
  carb: CarbAdvice;
  plan: Plan;
  recoveryCarbsHighG: number;
  spike: DistanceSpike | null;
  longestM: number;
  pacePct: number | null;
  medianSpeedMs: number | null;
  recentCount: number;
  /** What the pace was compared with: the usual training pace, or a race's predicted time (Riegel, best recent effort). */
  paceBasis: 'usual' | 'predicted';
  family: SportFamily;
  /** Weekly volume rising over the 4 weeks before the activity, or null. */
  loadTrend: LoadTrend | null;
  /** The known risk profile for exercise-associated hyponatremia (fluid-strategy.ts). */
  hyponatremia: boolean;
  sport: Sport;
  /** Holding heat balance needs more sweat than the body can make. */
  uncompensable: boolean;
  /** What the runner's own cramp log says about runs like this one, or null. */
  ownLog: OwnLog | null;
  /** What the runner logged taking and weighing on this session (intake.ts). */
  took: CleanIntake;
  /** Both weights usable: the sweat rate and losses come from the scale. */
  weighed: boolean;
  /** Mass gained beyond the scale's error, kg; 0 when none or not weighed. */
  gainKg: number;
}

const HOT_FLAGS: readonly (HeatFlag | null)[] = ['yellow', 'red', 'black'];
export const isHotFlag = (flag: HeatFlag | null): boolean => HOT_FLAGS.includes(flag);
export const isWarm = (c: Pick<Context, 'flag'>): boolean => HOT_FLAGS.includes(c.flag);

/**
 * Where fluid or sodium losses count as a (weak) cramp contributor: long (2 h or more) AND warm
 * (yellow flag or hotter) AND a large loss (2 % of body mass or more). In marathon, ultramarathon
 * and Ironman cohorts crampers were no more dehydrated or sodium-depleted than non-crampers
 * (Schwellnus 2004, 2011; Hoffman & Stuempfle 2015; Martínez-Navarro 2022), so a 2 h session alone
 * is no reason to name them; the loss is still reported, as advice, not as a contributor.
 */
export const lossMayCramp = (c: Pick<Context, 'minutes' | 'flag'>, lossPct: number): boolean =>
  c.minutes >= 120 && isWarm(c) && lossPct >= 2;

/**
 * Sodium matters when the session is long and salty enough that plain water would dilute what is
 * left (Lau 2019: water only after a 2 % loss made cramps easier to trigger), or beyond 2 h anyway.
 */
export function sodiumMatters(c: Pick<Context, 'minutes' | 'sodiumMg' | 'lossPct' | 'flag' | 'saltySweater'>): boolean {
  if (c.minutes >= 120) return true;
  if (c.minutes >= 90 && c.sodiumMg.value >= 1500) return true;
  return c.minutes >= 60 && c.lossPct >= 2 && (HOT_FLAGS.includes(c.flag) || c.saltySweater);
}
