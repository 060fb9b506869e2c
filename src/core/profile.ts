import { z } from './zod';

export const SweatTestSchema = z.object({
  /** ISO date of the test. */
  date: z.string(),
  preKg: z.number().check(z.positive()),
  postKg: z.number().check(z.positive()),
  drankL: z.number().check(z.nonnegative()),
  urineL: z.optional(z.number().check(z.nonnegative())),
  durationH: z.number().check(z.positive()),
  temperatureC: z.optional(z.number()),
  humidityPct: z.optional(z.number().check(z.gte(0), z.lte(100))),
});
export type SweatTest = z.infer<typeof SweatTestSchema>;

export const CrampHistorySchema = z.enum(['never', 'sometimes', 'often']);
export const UnitsSchema = z.enum(['metric', 'imperial']);
export type Units = z.infer<typeof UnitsSchema>;
/** The language the engine writes its sentences in; English when absent. */
export const LanguageSchema = z.enum(['en', 'de', 'fr']);
export type Language = z.infer<typeof LanguageSchema>;

/** The runner's personal sweat profile. Every number in SI units. */
export const ProfileSchema = z.object({
  bodyMassKg: z.optional(z.number().check(z.gte(25), z.lte(250))),
  heightCm: z.optional(z.number().check(z.gte(100), z.lte(250))),
  sex: z.optional(z.enum(['female', 'male'])),
  /** A measured sweat rate, L/h: used as given. */
  sweatRateLph: z.optional(z.number().check(z.gte(0.1), z.lte(5))),
  sweatTests: z.optional(z.array(SweatTestSchema)),
  sweatSodiumMgPerL: z.optional(z.number().check(z.gte(100), z.lte(3000))),
  saltySweater: z.optional(z.boolean()),
  crampHistory: z.optional(CrampHistorySchema),
  crampMuscles: z.optional(z.array(z.string())),
  units: UnitsSchema,
  language: z.optional(LanguageSchema),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const DEFAULT_PROFILE: Profile = { units: 'metric' };
