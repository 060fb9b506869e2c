import { type MovementBin, MovementBinSchema, SPORTS, type Sport } from './activity';
import type { InputNote } from './analysis';
import { MOVEMENT_BINS_MAX } from './limits';
import { type Messages, messages } from './i18n/index';
import { implausibility, type LimitedField, tooFast } from './plausibility';
import type { Language } from './profile';
import { wallClockMs } from './start-time';

/**
 * The activity after plausibility checks: every number is finite and inside its limits, or null.
 * `analyze` never trusts its argument's type: pages are scraped and storage can be corrupted.
 */
export interface CleanActivity {
  id: string | null;
  sport: Sport;
  /** Moving time, or elapsed time when moving time is unusable; 0 when neither is usable. */
  durationS: number;
  distanceM: number | null;
  elevationGainM: number;
  temperatureC: number | null;
  /** The hottest hour of a looked-up temperature: the warm end of the range. */
  temperatureHighC: number | null;
  humidityPct: number | null;
  wbgtHighC: number | null;
  solarLoadWm2: number | null;
  calories: number | null;
  energyKj: number | null;
  /** Time per speed and grade from the streams, or null when absent or damaged (then pace and climbing cost it). */
  movement: MovementBin[] | null;
  /** Average heart rate, bpm: an effort where pace says little (effort.ts). */
  avgHeartRate: number | null;
  /** The average heart rate is the heart-rate stream's (the page showed none): the "why" says so. */
  heartRateFromStream: boolean;
  startMs: number | null;
  isRace: boolean;
  /** The runner logged a cramp on this activity. */
  cramped: boolean;
}

type Bag = Record<string, unknown>;
const asBag = (x: unknown): Bag => (typeof x === 'object' && x !== null ? (x as Bag) : {});

/** A limited number field: the value, or null with an `invalid` note when present but implausible. */
export function readLimited(bag: Bag, field: LimitedField, invalid: InputNote[], m: Messages = messages('en')): number | null {
  const raw = bag[field];
  if (raw === undefined || raw === null) return null;
  const value = typeof raw === 'number' ? raw : Number.NaN;
  const reason = implausibility(field, value);
  if (reason === null) return value;
  invalid.push({ field, message: m.invalidValue(reason) });
  return null;
}

function readSport(raw: unknown, invalid: InputNote[], m: Messages): Sport {
  if ((SPORTS as readonly unknown[]).includes(raw)) return raw as Sport;
  invalid.push({ field: 'sport', message: m.invalidSport({ sport: String(raw) }) });
  return 'other';
}

function readDuration(bag: Bag, invalid: InputNote[], missing: InputNote[], m: Messages): number {
  const moving = readLimited(bag, 'movingS', invalid, m);
  if (moving !== null) return moving;
  const elapsed = readLimited(bag, 'elapsedS', invalid, m);
  if (elapsed !== null) {
    missing.push({ field: 'movingS', message: m.missingMovingTime() });
    return elapsed;
  }
  invalid.push({ field: 'movingS', message: m.invalidNoDuration() });
  return 0;
}

/** The movement bins when every one is inside its limits; a damaged list costs only the mix, not the activity. */
function readMovement(raw: unknown): MovementBin[] | null {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MOVEMENT_BINS_MAX) return null;
  const bins = raw.map((bin) => MovementBinSchema.safeParse(bin));
  return bins.every((b) => b.success) ? bins.map((b) => b.data as MovementBin) : null;
}

export function cleanActivity(input: unknown, invalid: InputNote[], missing: InputNote[], language: Language = 'en'): CleanActivity {
  const m = messages(language);
  const bag = asBag(input);
  if (bag !== input) invalid.push({ field: 'activity', message: m.invalidActivity() });
  const sport = readSport(bag.sport, invalid, m);
  const durationS = readDuration(bag, invalid, missing, m);
  let distanceM = readLimited(bag, 'distanceM', invalid, m);
  if (distanceM !== null && durationS > 0) {
    const reason = tooFast(sport, distanceM, durationS);
    if (reason !== null) {
      invalid.push({ field: 'distanceM', message: m.invalidSpeed(reason) });
      distanceM = null;
    }
  }
  return {
    id: typeof bag.id === 'string' ? bag.id : null,
    sport,
    durationS,
    distanceM,
    elevationGainM: readLimited(bag, 'elevationGainM', invalid, m) ?? 0,
    temperatureC: readLimited(bag, 'temperatureC', invalid, m),
    temperatureHighC: readLimited(bag, 'temperatureHighC', invalid, m),
    humidityPct: readLimited(bag, 'humidityPct', invalid, m),
    wbgtHighC: readLimited(bag, 'wbgtHighC', invalid, m),
    solarLoadWm2: readLimited(bag, 'solarLoadWm2', invalid, m),
    calories: readLimited(bag, 'calories', invalid, m),
    energyKj: readLimited(bag, 'energyKj', invalid, m),
    avgHeartRate: readLimited(bag, 'avgHeartRate', invalid, m),
    heartRateFromStream: bag.heartRateSource === 'stream',
    movement: readMovement(bag.movement),
    startMs: wallClockMs(bag.startTime),
    isRace: bag.isRace === true,
    cramped: typeof bag.cramp === 'object' && bag.cramp !== null && (bag.cramp as Bag).cramped === true,
  };
}
