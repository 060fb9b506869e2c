/**
 * Every limit and list a value must respect, once: the zod schemas (activity.ts,
 * profile.ts) are built from these tables, and the panel's manual entry, the popup's planner, the
 * options page and storage check the same ones. Plain data, no zod: content scripts import it.
 */
export interface Range {
  min: number;
  max: number;
}

/** Beyond these a value is a misread (or a typo), not a run; shared by site readers and the engine. */
export const ACTIVITY_LIMITS = {
  temperatureC: { min: -40, max: 55 },
  /** The hottest hour of a looked-up temperature. */
  temperatureHighC: { min: -40, max: 55 },
  /** The looked-up hottest hour's WBGT (with the sun when known; the shade approximation otherwise). */
  wbgtHighC: { min: -40, max: 50 },
  /** The sun's mean heat on the runner over the looked-up hours, W/m² of body surface (0 at night). */
  solarLoadWm2: { min: 0, max: 700 },
  humidityPct: { min: 0, max: 100 },
  /** 7 days: longer than any single activity a runner would record. */
  movingS: { min: 1, max: 7 * 24 * 3600 },
  elapsedS: { min: 1, max: 7 * 24 * 3600 },
  /** 1,000 km: beyond the longest single-activity ultras; a 700 mi entry is a typo. */
  distanceM: { min: 0, max: 1_000_000 },
  elevationGainM: { min: 0, max: 30_000 },
  avgHeartRate: { min: 25, max: 250 },
  calories: { min: 0, max: 50_000 },
  energyKj: { min: 0, max: 50_000 },
} as const satisfies Record<string, Range>;
export type LimitedField = keyof typeof ACTIVITY_LIMITS;

/**
 * One bin of a session's movement (time spent at a speed and grade, from a site's velocity and
 * grade streams): speeds beyond 15 m/s are not on foot, grades are Minetti 2002's measured range
 * (±45 %), and one bin holds at most a day.
 */
export const MOVEMENT_BIN_LIMITS = {
  speedMs: { min: 0, max: 15 },
  grade: { min: -0.45, max: 0.45 },
  seconds: { min: 0, max: 86_400 },
} as const satisfies Record<string, Range>;
/** Bins per activity: enough for a speed-by-grade histogram, small enough for 5,000 stored activities. */
export const MOVEMENT_BINS_MAX = 120;
/** Samples in one stream of a recorded track: more than a week at one per second is not a track. */
export const STREAM_SAMPLES_MAX = 7 * 24 * 3600;

/** What the panel asks for when a page did not show it, typed by the runner and stored per activity. */
export const MANUAL_FIELDS = ['movingS', 'distanceM', 'temperatureC', 'humidityPct'] as const;
export type ManualField = (typeof MANUAL_FIELDS)[number];

/** A typed value: an activity's limits, except that a typed distance of 0 says nothing. */
export const MANUAL_LIMITS = {
  movingS: ACTIVITY_LIMITS.movingS,
  distanceM: { min: 1, max: ACTIVITY_LIMITS.distanceM.max },
  temperatureC: ACTIVITY_LIMITS.temperatureC,
  humidityPct: ACTIVITY_LIMITS.humidityPct,
} as const satisfies Record<ManualField, Range>;

/** The sweat profile's numbers (SI), as the options page accepts them. */
export const PROFILE_LIMITS = {
  bodyMassKg: { min: 25, max: 250 },
  heightCm: { min: 100, max: 250 },
  sweatRateLph: { min: 0.1, max: 5 },
  /** Above 2,300 mg/L (100 mmol/L) is not plausible for a healthy adult: Lara 2016 max 95.5 mmol/L, Baker 2016 whole body 18–71. */
  sweatSodiumMgPerL: { min: 100, max: 2300 },
} as const satisfies Record<string, Range>;
export type ProfileLimitedField = keyof typeof PROFILE_LIMITS;

/**
 * What the runner took on one activity and, optionally, their weight either side of it. Beyond
 * these an entry is a typo: 20 L, 10 g of sodium or 1.5 kg of carbohydrate is more than any
 * single session takes in; the masses share the profile's body-mass limits.
 */
export const INTAKE_LIMITS = {
  fluidMl: { min: 0, max: 20_000 },
  sodiumMg: { min: 0, max: 10_000 },
  carbsG: { min: 0, max: 1_500 },
  massBeforeKg: PROFILE_LIMITS.bodyMassKg,
  massAfterKg: PROFILE_LIMITS.bodyMassKg,
} as const satisfies Record<string, Range>;
export type IntakeField = keyof typeof INTAKE_LIMITS;
/** A body-mass change faster than this share of body mass per hour is a misweighing, not sweat. */
export const INTAKE_MAX_MASS_CHANGE_PCT_PER_H = 6;

/** What a product in "My products" is, and its limits per serving (a typo beyond them, not a product). */
export const PRODUCT_KINDS = ['drink', 'gel', 'chew', 'capsule', 'food'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];
export const PRODUCT_LIMITS = {
  volumeMl: { min: 0, max: 1_500 },
  carbsG: { min: 0, max: 150 },
  sodiumMg: { min: 0, max: 2_000 },
  caffeineMg: { min: 0, max: 400 },
} as const satisfies Record<string, Range>;
export const PRODUCT_NAME_MAX = 60;
/** An activity's name as its site shows it ("Morning Run"), cut to this many characters: plain text, never markup. */
export const ACTIVITY_TITLE_MAX = 80;
/** More products than a runner keeps; the list stays small enough to scan. */
export const MAX_PRODUCTS = 30;

/** A route's GPX text handed from a page to the race page: a 100,000-point course is about 10 MB; larger is no course. */
export const MAX_ROUTE_GPX_CHARS = 20_000_000;

/** A weigh-in sweat test (options page), SI. */
export const SWEAT_TEST_LIMITS = {
  massKg: PROFILE_LIMITS.bodyMassKg,
  drankL: { min: 0, max: 20 },
  urineL: { min: 0, max: 10 },
  durationH: { min: 0.1, max: 48 },
  temperatureC: ACTIVITY_LIMITS.temperatureC,
  humidityPct: ACTIVITY_LIMITS.humidityPct,
  /** Distance covered during the test, m: with it the test's own pace scales the rate (personal-model.ts). */
  distanceM: ACTIVITY_LIMITS.distanceM,
  /** Metabolic heat during the test, W: from rest (≈ 80 W) to an elite's hardest hour. */
  metabolicW: { min: 50, max: 3000 },
  /** Shortwave (solar) radiation on a horizontal surface, W/m²: night to the clearest noon. */
  radiationWm2: { min: 0, max: 1400 },
} as const satisfies Record<string, Range>;

/** Without a duration: the longest activity stored (limits above), in minutes. */
const CRAMP_MINUTE_MAX = Math.floor(ACTIVITY_LIMITS.elapsedS.max / 60);

/**
 * A cramp's minute lies within the activity it is logged on: 0 to the elapsed time, or the moving
 * time when that is all the page showed (a cramp "at 70 min" on a 53-min run is a typo).
 */
export function crampMinuteRange(activity: { elapsedS?: number; movingS?: number }): Range {
  const seconds = activity.elapsedS ?? activity.movingS;
  return { min: 0, max: seconds === undefined ? CRAMP_MINUTE_MAX : Math.ceil(seconds / 60) };
}

/** Where a cramp came: what the panel's cramp log and the options page offer. */
export const MUSCLES = ['calves', 'hamstrings', 'quads', 'feet', 'other'] as const;
export type Muscle = (typeof MUSCLES)[number];

export const SPORTS = ['run', 'trail_run', 'walk', 'hike', 'ride', 'other'] as const;

/** How often the runner's runs end in cramps (options page). */
export const CRAMP_HISTORY = ['never', 'sometimes', 'often'] as const;
export type CrampHistory = (typeof CRAMP_HISTORY)[number];

/**
 * The longest text any stored or received value may hold. Beyond it a value is damaged or hostile
 * (one 10 MB "muscle" would fill the store): refused on receipt, set aside when read from storage
 * like any other damaged value. Far above anything the extension writes, so no honest value is refused.
 */
export const TEXT_LIMITS = {
  /** A site, a source, an activity id (`<source>:<id>` too), a storage key, a unit, a message key. */
  id: 200,
  /** An ISO date or time, a wall-clock start, a time-zone name. */
  time: 40,
  /** A muscle, a race, an item, a place's name (products: PRODUCT_NAME_MAX). */
  name: 100,
  /** A course file's name, or a place with its region and country. */
  label: 400,
  /** A page's address. */
  url: 4096,
  /** What the engine or the UI writes: a sentence or a few, an error message. */
  prose: 4000,
  /** A backup file's text, before it is parsed: many times the browser's storage quota. */
  file: 64 * 1024 * 1024,
} as const;
/** A saved race's name (the race page). */
export const RACE_NAME_MAX = TEXT_LIMITS.name;
/** A cramp's muscles as stored: the known ones (MUSCLES) and room for names older versions kept. */
export const MUSCLES_LISTED_MAX = 20;
/** Cumulative splits kept on an activity (core/race/splits.ts): a 1 km step up to 300 km, longer steps beyond. */
export const SPLITS_MAX = 300;

/** A finite number inside the range (limits included). */
export const withinRange = (range: Range, value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max;
