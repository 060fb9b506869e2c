import { HeatFlagSchema } from '../analysis';
import { MAX_PRODUCTS, PRODUCT_NAME_MAX, RACE_NAME_MAX, TEXT_LIMITS as TEXT } from '../limits';
import { text, z } from '../zod';
import { OFFERS } from './race-input';

/**
 * A race the runner saved by name (the race page): the course as read from its GPX, the date and
 * start on the course's own clock, the goal, the stations and the forecast the plan assumed.
 * Stored, exported and imported through this one schema.
 */
const ProfilePointSchema = z.object({ atM: z.number().check(z.nonnegative()), eleM: z.number().check(z.gte(-500), z.lte(9000)) });
export const ForecastHourSchema = z.object({
  time: text(TEXT.time),
  temperatureC: z.number().check(z.gte(-60), z.lte(60)),
  humidityPct: z.number().check(z.gte(0), z.lte(100)),
  /** Global short-wave, W/m² (Open-Meteo's: the mean over the hour before `time`), and 10 m wind, m/s, when fetched. */
  radiationWm2: z.optional(z.number().check(z.gte(0), z.lte(1500))),
  windMs: z.optional(z.number().check(z.gte(0), z.lte(80))),
});

export const SavedRaceSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(RACE_NAME_MAX)),
  course: z.object({
    distanceM: z.number().check(z.positive(), z.lte(1_000_000)),
    points: z.array(ProfilePointSchema).check(z.maxLength(100_000)),
    /** The first point, for the forecast (rounded to 0.1° before it leaves the browser). */
    start: z.optional(z.object({ lat: z.number().check(z.gte(-90), z.lte(90)), lng: z.number().check(z.gte(-180), z.lte(180)) })),
    fileName: z.optional(text(TEXT.label)),
  }),
  /** YYYY-MM-DD and HH:MM on the course's wall clock. */
  date: z.string().check(z.maxLength(TEXT.time), z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  time: z.string().check(z.maxLength(TEXT.time), z.regex(/^\d{2}:\d{2}$/)),
  goalTimeS: z.number().check(z.positive(), z.lte(7 * 24 * 3600)),
  sport: z.enum(['run', 'walk', 'hike', 'ride']),
  stations: z.array(z.object({ atM: z.number().check(z.positive()), offers: z.array(z.enum(OFFERS)) })).check(z.maxLength(200)),
  /** The runner's products (by name, "My products") carried in this race; absent: all of them. */
  carry: z.optional(z.array(z.string().check(z.maxLength(PRODUCT_NAME_MAX))).check(z.maxLength(MAX_PRODUCTS))),
  /** The forecast the plan assumed, with when it was fetched (opt-in only). */
  forecast: z.optional(
    z.object({
      fetchedAt: text(TEXT.time),
      placeLabel: text(TEXT.label),
      hours: z.array(ForecastHourSchema).check(z.maxLength(24 * 8)),
      /** The forecast clock minus UTC, s (Open-Meteo's utc_offset_seconds): with the course's start, the sun's height. */
      utcOffsetS: z.optional(z.number().check(z.gte(-14 * 3600), z.lte(14 * 3600))),
    }),
  ),
});
export type SavedRace = z.infer<typeof SavedRaceSchema>;

/** At most 50 saved races: plenty for a season, and a bound on what storage holds. */
export const MAX_SAVED_RACES = 50;
export const SavedRacesSchema = z.array(SavedRaceSchema).check(z.maxLength(MAX_SAVED_RACES));

const ItemSchema = z.object({ name: text(TEXT.name), count: z.number() });
/** planRace's answer, as the background sends it to the race page. */
export const RacePlanSchema = z.object({
  strategy: z.enum(['schedule', 'thirst']),
  sweatRateLph: z.object({ value: z.number(), low: z.number(), high: z.number(), basis: z.enum(['weighed', 'measured', 'personal', 'predicted']) }),
  legs: z.array(
    z.object({
      fromM: z.number(),
      toM: z.number(),
      startS: z.number(),
      endS: z.number(),
      temperatureC: z.nullable(z.number()),
      humidityPct: z.optional(z.number()),
      heatFlag: z.optional(HeatFlagSchema),
      fluidMl: z.number(),
      sodiumMg: z.number(),
      carbsG: z.number(),
      items: z.array(ItemSchema),
      sweatLowLph: z.number(),
      holdBack: z.optional(z.literal(true)),
    }),
  ),
  totals: z.object({ fluidMl: z.number(), sodiumMg: z.number(), carbsG: z.number() }),
  safety: z.array(z.object({ id: z.enum(['hyponatremia-signs', 'heat-illness-signs', 'cold', 'see-a-doctor', 'hold-back']), text: text(TEXT.prose) })),
  invalid: z.array(z.object({ field: text(TEXT.id), message: text(TEXT.prose) })),
});

/** The engine's input for a saved race: the start as the course's wall clock. */
export const raceInput = (race: SavedRace) => ({
  course: race.course,
  goalTimeS: race.goalTimeS,
  start: `${race.date}T${race.time}`,
  stations: race.stations,
  weather: race.forecast?.hours ?? [],
  sport: race.sport,
  ...(race.carry ? { carry: race.carry } : {}),
  ...(race.course.start ? { place: race.course.start } : {}),
  ...(race.forecast?.utcOffsetS === undefined ? {} : { utcOffsetS: race.forecast.utcOffsetS }),
});
