import { SPORTS, type Sport } from './activity';
import type { InputNote } from './analysis';
import { implausibleReason, implausibleSpeedReason, type LimitedField } from './plausibility';

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
  humidityPct: number | null;
  calories: number | null;
  energyKj: number | null;
  startMs: number | null;
  isRace: boolean;
}

type Bag = Record<string, unknown>;
const asBag = (x: unknown): Bag => (typeof x === 'object' && x !== null ? (x as Bag) : {});

/** A limited number field: the value, or null with an `invalid` note when present but implausible. */
export function readLimited(bag: Bag, field: LimitedField, invalid: InputNote[]): number | null {
  const raw = bag[field];
  if (raw === undefined || raw === null) return null;
  const value = typeof raw === 'number' ? raw : Number.NaN;
  const reason = implausibleReason(field, value);
  if (reason === null) return value;
  invalid.push({ field, message: `${reason}; ignored` });
  return null;
}

export function parseTimeMs(raw: unknown): number | null {
  if (typeof raw !== 'string') return null;
  const ms = Date.parse(raw);
  return Number.isFinite(ms) ? ms : null;
}

function readSport(raw: unknown, invalid: InputNote[]): Sport {
  if ((SPORTS as readonly unknown[]).includes(raw)) return raw as Sport;
  invalid.push({ field: 'sport', message: `unknown sport ${String(raw)}; treated as "other"` });
  return 'other';
}

function readDuration(bag: Bag, invalid: InputNote[], missing: InputNote[]): number {
  const moving = readLimited(bag, 'movingS', invalid);
  if (moving !== null) return moving;
  const elapsed = readLimited(bag, 'elapsedS', invalid);
  if (elapsed !== null) {
    missing.push({ field: 'movingS', message: 'No usable moving time: elapsed time was used, so stops count as running.' });
    return elapsed;
  }
  invalid.push({ field: 'movingS', message: 'No usable duration: add the moving time to get estimates.' });
  return 0;
}

export function cleanActivity(input: unknown, invalid: InputNote[], missing: InputNote[]): CleanActivity {
  const bag = asBag(input);
  if (bag !== input) invalid.push({ field: 'activity', message: 'The activity could not be read.' });
  const sport = readSport(bag.sport, invalid);
  const durationS = readDuration(bag, invalid, missing);
  let distanceM = readLimited(bag, 'distanceM', invalid);
  if (distanceM !== null && durationS > 0) {
    const reason = implausibleSpeedReason(sport, distanceM, durationS);
    if (reason !== null) {
      invalid.push({ field: 'distanceM', message: `${reason}; distance ignored` });
      distanceM = null;
    }
  }
  return {
    id: typeof bag.id === 'string' ? bag.id : null,
    sport,
    durationS,
    distanceM,
    elevationGainM: readLimited(bag, 'elevationGainM', invalid) ?? 0,
    temperatureC: readLimited(bag, 'temperatureC', invalid),
    humidityPct: readLimited(bag, 'humidityPct', invalid),
    calories: readLimited(bag, 'calories', invalid),
    energyKj: readLimited(bag, 'energyKj', invalid),
    startMs: parseTimeMs(bag.startTime),
    isRace: bag.isRace === true,
  };
}
