import { SportSchema } from './activity';
import { type Language, LANGUAGES } from './languages';
import { CRAMP_HISTORY, MUSCLES_LISTED_MAX, PROFILE_LIMITS as P, SWEAT_TEST_LIMITS as T, TEXT_LIMITS as TEXT } from './limits';
import type { Units } from './units';
import { inRange, text, z } from './zod';
import { ProductListSchema } from './product';

export const SweatTestSchema = z.object({
  /** ISO date of the test. */
  date: text(TEXT.time),
  preKg: inRange(T.massKg),
  postKg: inRange(T.massKg),
  drankL: inRange(T.drankL),
  urineL: z.optional(inRange(T.urineL)),
  durationH: inRange(T.durationH),
  temperatureC: z.optional(inRange(T.temperatureC)),
  humidityPct: z.optional(inRange(T.humidityPct)),
  distanceM: z.optional(inRange(T.distanceM)),
  /** What the weigh-in was measured on: a rate from a run is scaled, never copied, to a walk or a ride. */
  sport: z.optional(SportSchema),
  /** Metabolic heat during the test, W, when known (from pace, heart rate or power). */
  metabolicW: z.optional(inRange(T.metabolicW)),
  /** Mean solar radiation during the test, W/m², when looked up. */
  radiationWm2: z.optional(inRange(T.radiationWm2)),
  /** `<source>:<id>` of the history activity the weights were logged on. */
  activityId: z.optional(text(TEXT.id)),
});
export type SweatTest = z.infer<typeof SweatTestSchema>;

export const CrampHistorySchema = z.enum(CRAMP_HISTORY);
export const UnitsSchema = z.enum(['metric', 'imperial'] as const satisfies readonly Units[]);
export type { Units };
/** The language the engine writes its sentences in; English when absent. Set by the background from the browser's UI language (platform/i18n.ts), never chosen or stored separately. */
export const LanguageSchema = z.enum(LANGUAGES);
export type { Language };

/** The runner's personal sweat profile. Every number in SI units. */
export const ProfileSchema = z.object({
  bodyMassKg: z.optional(inRange(P.bodyMassKg)),
  heightCm: z.optional(inRange(P.heightCm)),
  sex: z.optional(z.enum(['female', 'male'])),
  /** A measured sweat rate, L/h: one weak measurement at ~20 °C, 50 % and the runner's usual running pace, carried to today by the model (personal-model.ts). */
  sweatRateLph: z.optional(inRange(P.sweatRateLph)),
  sweatTests: z.optional(z.array(SweatTestSchema)),
  sweatSodiumMgPerL: z.optional(inRange(P.sweatSodiumMgPerL)),
  saltySweater: z.optional(z.boolean()),
  crampHistory: z.optional(CrampHistorySchema),
  crampMuscles: z.optional(z.array(text(TEXT.name)).check(z.maxLength(MUSCLES_LISTED_MAX))),
  /** The runner's own drinks, gels, capsules and food, per serving: plans and the intake form use them. */
  products: z.optional(ProductListSchema),
  units: UnitsSchema,
  language: z.optional(LanguageSchema),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const DEFAULT_PROFILE: Profile = { units: 'metric' };
