import { StartTimeSchema } from './start-time';
import { z } from './zod';

export const SPORTS = ['run', 'trail_run', 'walk', 'hike', 'ride', 'other'] as const;
export const SportSchema = z.enum(SPORTS);
export type Sport = z.infer<typeof SportSchema>;

/**
 * Where the temperature came from: the site's weather panel, the device's sensor, the runner, or
 * `lookup`: Open-Meteo's hourly values near the start (issue 14), not measured on the run.
 */
export const TemperatureSourceSchema = z.enum(['weather', 'device', 'manual', 'lookup']);
export type TemperatureSource = z.infer<typeof TemperatureSourceSchema>;

const nonNegative = () => z.number().check(z.nonnegative());

/** What the runner logged about cramps on one activity (issue 6). */
export const CrampLogSchema = z.object({
  cramped: z.boolean(),
  /** Minutes into the activity when the first cramp came, when the runner said. */
  atMin: z.optional(z.number().check(z.nonnegative())),
  /** Which muscles: calves, hamstrings, quads, feet, other. */
  muscles: z.optional(z.array(z.string())),
});
export type CrampLog = z.infer<typeof CrampLogSchema>;

/**
 * One past activity, in SI units, as read from a site or typed in by hand.
 * Only `movingS` is required: everything else sharpens the answer when known.
 */
export const ActivitySchema = z.object({
  /** The site it came from (`strava`, `garmin`, …) or `manual`. */
  source: z.string(),
  id: z.optional(z.string()),
  sport: SportSchema,
  movingS: z.number().check(z.positive()),
  elapsedS: z.optional(z.number().check(z.positive())),
  distanceM: z.optional(nonNegative()),
  elevationGainM: z.optional(nonNegative()),
  temperatureC: z.optional(z.number()),
  temperatureSource: z.optional(TemperatureSourceSchema),
  /** The hottest hour of a looked-up temperature (the mean is `temperatureC`): the top of the estimate's range. */
  temperatureHighC: z.optional(z.number()),
  humidityPct: z.optional(z.number().check(z.gte(0), z.lte(100))),
  avgHeartRate: z.optional(z.number().check(z.positive())),
  calories: z.optional(nonNegative()),
  /** Mechanical work on a bike (Strava's "Total Work"), kJ. */
  energyKj: z.optional(nonNegative()),
  /** Local wall-clock time, offset optional (start-time.ts). */
  startTime: z.optional(StartTimeSchema),
  isRace: z.optional(z.boolean()),
  /** The runner's own cramp log for this activity, once given. */
  cramp: z.optional(CrampLogSchema),
});
export type Activity = z.infer<typeof ActivitySchema>;

/** What a site could read before the runner fills any gaps: every field optional. */
export type ActivityDraft = Partial<Omit<Activity, 'source'>>;
