import { runningShare } from './metabolic';

/**
 * How to drink during a session (§10 of the reference; Hew-Butler et al. 2015; NATA 2017): the
 * harm of drinking too much (exercise-associated hyponatremia) is worse than a moderate deficit,
 * so a sip schedule is offered only where a runner can use one safely, and everywhere else
 * "drink to thirst" with a ceiling.
 */
export type DrinkingStrategy = 'schedule' | 'thirst';

/** Slower than 2.5 m/s (6:40 min/km) counts as slow for the hyponatremia profile. */
export const SLOW_MS = 2.5;
/** Over 4 h anyone, over 3 h when slow, light or female: the risk profile for hyponatremia. */
const LONG_MIN = 240;
const LONGISH_MIN = 180;
/** Under ~75 min and not hot, thirst is enough. */
const SHORT_MIN = 75;
const LIGHT_KG = 60;

export interface DrinkingProfile {
  minutes: number;
  speedMs: number | null;
  /** Body mass, when the runner gave it (the 70 kg default says nothing about them). */
  massKg: number | null;
  female: boolean;
  sport: string;
  /** Yellow flag or hotter. */
  hot: boolean;
}

export const isSlow = (p: Pick<DrinkingProfile, 'speedMs'>): boolean => p.speedMs !== null && p.speedMs < SLOW_MS;
export const isLight = (p: Pick<DrinkingProfile, 'massKg'>): boolean => p.massKg !== null && p.massKg < LIGHT_KG;

/** The known risk profile for exercise-associated hyponatremia (Hew-Butler 2015). */
export function hyponatremiaProfile(p: DrinkingProfile): boolean {
  // From 4 h exactly, like the hyponatremia note (safety.ts) and the thirst strategy: one boundary.
  return p.minutes >= LONG_MIN || (p.minutes > LONGISH_MIN && (isSlow(p) || isLight(p) || p.female));
}

/** Walking pace or a walking sport: the walking gait (metabolic.ts), whatever the label; never a ride, whose speed says nothing about gait. */
export const isWalking = (p: Pick<DrinkingProfile, 'sport' | 'speedMs'>): boolean =>
  p.sport !== 'ride' && (p.sport === 'walk' || p.sport === 'hike' || (p.speedMs !== null && runningShare(p.speedMs) < 0.5));

export function drinkingStrategy(p: DrinkingProfile): DrinkingStrategy {
  if (hyponatremiaProfile(p) || p.minutes >= LONG_MIN || isSlow(p) || isWalking(p)) return 'thirst';
  if (p.minutes < SHORT_MIN && !p.hot) return 'thirst';
  return 'schedule';
}
