import { StartTimeSchema } from './start-time';
import { ACTIVITY_LIMITS as L, ACTIVITY_TITLE_MAX, INTAKE_LIMITS, MANUAL_LIMITS, MOVEMENT_BIN_LIMITS as BIN, MOVEMENT_BINS_MAX, MUSCLES, MUSCLES_LISTED_MAX, SPLITS_MAX, SPORTS, TEXT_LIMITS as TEXT } from './limits';
import { inRange, text, z } from './zod';

export { SPORTS };
export const SportSchema = z.enum(SPORTS);
export type Sport = z.infer<typeof SportSchema>;

/**
 * Where the temperature came from: the site's weather panel, the device's sensor, the runner, or
 * `lookup`: Open-Meteo's hourly values near the start, not measured on the run.
 */
export const TemperatureSourceSchema = z.enum(['weather', 'device', 'manual', 'lookup']);
export type TemperatureSource = z.infer<typeof TemperatureSourceSchema>;

/** What the runner logged about cramps on one activity. */
export const CrampLogSchema = z.object({
  cramped: z.boolean(),
  /** Minutes into the activity when the first cramp came, when the runner said. */
  atMin: z.optional(z.number().check(z.nonnegative())),
  /** Which muscles (limits.ts MUSCLES; older entries may name others, which are ignored). */
  muscles: z.optional(z.array(text(TEXT.name)).check(z.maxLength(MUSCLES_LISTED_MAX))),
});
export type CrampLog = z.infer<typeof CrampLogSchema>;

/**
 * What the runner took on one activity (drink mL, sodium mg, carbohydrate g) and, when weighed,
 * their mass before and after (after: before drinking anything). Every field optional.
 */
export const IntakeSchema = z.object({
  fluidMl: z.optional(inRange(INTAKE_LIMITS.fluidMl)),
  sodiumMg: z.optional(inRange(INTAKE_LIMITS.sodiumMg)),
  carbsG: z.optional(inRange(INTAKE_LIMITS.carbsG)),
  massBeforeKg: z.optional(inRange(INTAKE_LIMITS.massBeforeKg)),
  massAfterKg: z.optional(inRange(INTAKE_LIMITS.massAfterKg)),
});
export type Intake = z.infer<typeof IntakeSchema>;

/** Where the track was at a kilometre (or the finish), cumulative: what the after-race review compares per leg. */
export const SplitSchema = z.object({ atM: inRange(L.distanceM), elapsedS: inRange(L.elapsedS) });

/**
 * Time the session spent at one speed and grade (a fraction: 0.1 is 10 % up), binned from a
 * site's velocity and grade streams: a walk-run mix or a climb is costed bin by bin.
 */
export const MovementBinSchema = z.object({
  speedMs: inRange(BIN.speedMs),
  grade: inRange(BIN.grade),
  /** More than zero: an empty bin is not written. */
  seconds: z.number().check(z.gt(BIN.seconds.min), z.lte(BIN.seconds.max)),
});
export type MovementBin = z.infer<typeof MovementBinSchema>;

/**
 * One past activity, in SI units, as read from a site or typed in by hand.
 * Only `movingS` is required: everything else sharpens the answer when known.
 */
export const ActivitySchema = z.object({
  /** The site it came from (`strava`, `garmin`, …) or `manual`. */
  source: text(TEXT.id),
  id: z.optional(text(TEXT.id)),
  /** The name the runner gave it on the site ("Morning Run"), plain text, for telling activities apart. */
  title: z.optional(text(ACTIVITY_TITLE_MAX)),
  sport: SportSchema,
  movingS: inRange(L.movingS),
  elapsedS: z.optional(inRange(L.elapsedS)),
  distanceM: z.optional(inRange(L.distanceM)),
  elevationGainM: z.optional(inRange(L.elevationGainM)),
  temperatureC: z.optional(inRange(L.temperatureC)),
  temperatureSource: z.optional(TemperatureSourceSchema),
  /** The hottest hour of a looked-up temperature (the mean is `temperatureC`): the top of the estimate's range. */
  temperatureHighC: z.optional(inRange(L.temperatureHighC)),
  humidityPct: z.optional(inRange(L.humidityPct)),
  /** The hottest looked-up hour's WBGT: drives the heat flag instead of the mean's. */
  wbgtHighC: z.optional(inRange(L.wbgtHighC)),
  /** Present only when the looked-up hours had sunshine and wind: the sun was counted. */
  solarLoadWm2: z.optional(inRange(L.solarLoadWm2)),
  avgHeartRate: z.optional(inRange(L.avgHeartRate)),
  /** Present when the page showed no heart rate and the average is the site's heart-rate stream's (the runner's own activity). */
  heartRateSource: z.optional(z.enum(['stream'])),
  calories: z.optional(inRange(L.calories)),
  /** Mechanical work on a bike (Strava's "Total Work"), kJ. */
  energyKj: z.optional(inRange(L.energyKj)),
  /** The session's time per speed and grade, when a page gave the streams: at most MOVEMENT_BINS_MAX bins. */
  movement: z.optional(z.array(MovementBinSchema).check(z.maxLength(MOVEMENT_BINS_MAX))),
  /** Local wall-clock time, offset optional (start-time.ts). */
  startTime: z.optional(StartTimeSchema),
  isRace: z.optional(z.boolean()),
  /** Cumulative splits from the site's own track (the runner's own activity, when it is a saved race's). */
  splits: z.optional(z.array(SplitSchema).check(z.maxLength(SPLITS_MAX))),
  /** The runner's own cramp log for this activity, once given. */
  cramp: z.optional(CrampLogSchema),
  /** What the runner logged taking on this activity, once given. */
  intake: z.optional(IntakeSchema),
});
export type Activity = z.infer<typeof ActivitySchema>;

/** What a site could read before the runner fills any gaps: every field optional. */
export type ActivityDraft = Partial<Omit<Activity, 'source'>>;

/** The known muscles as a schema (limits.ts MUSCLES). */
export const MuscleSchema = z.enum(MUSCLES);

/**
 * Values the runner typed in the panel for one activity the page did not show (limits.ts
 * MANUAL_FIELDS), stored per activity: the same limits as a stored activity.
 */
export const ManualEntrySchema = z.object({
  movingS: z.optional(inRange(MANUAL_LIMITS.movingS)),
  distanceM: z.optional(inRange(MANUAL_LIMITS.distanceM)),
  temperatureC: z.optional(inRange(MANUAL_LIMITS.temperatureC)),
  humidityPct: z.optional(inRange(MANUAL_LIMITS.humidityPct)),
});
export type ManualEntry = z.infer<typeof ManualEntrySchema>;
