/**
 * Strava's training log (`/athlete/training_activities?page=…`, JSON) → Activities. Pure and
 * defensive: the content script passes the page's `models` array through untouched, so anything
 * may arrive here; a model that is not an object, has no id, no date, no usable duration, or an
 * implausible value is dropped, never guessed at. Only the `*_raw` fields are read (SI units,
 * whatever language the runner's Strava is in); the display strings ("4,0", "36:36") are not.
 */
import type { Activity, Sport } from '../../core/activity';
import { implausibility, type LimitedField, tooFast } from '../../core/plausibility';
import { instantOf, offsetSuffix } from '../../core/start-time';
import { futureStartReason } from '../shared/future';

/** Strava's `sport_type` (or the older `type`) → our sport. Anything else is `other`. */
const SPORT_OF: Record<string, Sport> = {
  Run: 'run',
  VirtualRun: 'run',
  TrailRun: 'trail_run',
  Walk: 'walk',
  Hike: 'hike',
  Ride: 'ride',
  VirtualRide: 'ride',
  EBikeRide: 'ride',
  EMountainBikeRide: 'ride',
  GravelRide: 'ride',
  MountainBikeRide: 'ride',
};

/** Strava's `workout_type` values that mean "Race" (1 for runs, 11 for rides). */
const RACE_WORKOUT_TYPES = new Set([1, 11]);

export interface TrainingLogResult {
  activities: Activity[];
  /** Models left out, with why (for tests and debugging; never shown on the page). */
  dropped: { id: string | null; reason: string }[];
}

const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function readId(v: unknown): string | null {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return String(v);
  if (typeof v === 'string' && /^\d{1,20}$/.test(v)) return v;
  return null;
}


/**
 * The start as ISO 8601 in the runner's local time with its offset, e.g. `2016-12-11T15:45:50+01:00`:
 * `start_time` gives the instant, `start_date_local_raw` (local wall clock as if it were UTC) the offset.
 */
export function startTimeOf(model: Record<string, unknown>): string | null {
  // Strava writes `start_time` with an offset without a colon (`+0000`): core/start-time.ts reads it.
  const start = instantOf(model.start_time);
  const utcMs = start?.ms ?? null;
  const localS = finite(model.start_date_local_raw);
  const localMs = localS !== null && localS > 0 && localS < 1e11 ? localS * 1000 : null;
  if (utcMs === null && localMs === null) return null;
  const offsetMin = utcMs !== null && localMs !== null ? Math.round((localMs - utcMs) / 60_000) : (start?.offsetMin ?? 0);
  // An offset beyond ±14 h means the two fields disagree: trust the instant, written in UTC.
  const usable = Math.abs(offsetMin) <= 14 * 60 ? offsetMin : 0;
  const instant = utcMs ?? (localMs as number);
  const wall = new Date(instant + usable * 60_000).toISOString().slice(0, 19);
  return `${wall}${offsetSuffix(usable)}`;
}

type Numeric = 'movingS' | 'elapsedS' | 'distanceM' | 'elevationGainM' | 'calories';
const FIELDS: [Numeric & LimitedField, string][] = [
  ['movingS', 'moving_time_raw'],
  ['elapsedS', 'elapsed_time_raw'],
  ['distanceM', 'distance_raw'],
  ['elevationGainM', 'elevation_gain_raw'],
  ['calories', 'calories'],
];

/** One model → an Activity, or the reason it was left out (a start more than a day after `now` too). */
export function trainingLogActivity(model: unknown, now: Date): Activity | string {
  if (typeof model !== 'object' || model === null || Array.isArray(model)) return 'not an object';
  const m = model as Record<string, unknown>;
  const id = readId(m.id);
  if (id === null) return 'no id';
  const startTime = startTimeOf(m);
  if (startTime === null) return 'no start time';
  const future = futureStartReason(startTime, now);
  if (future !== null) return future;
  const values: Partial<Record<Numeric, number>> = {};
  for (const [field, raw] of FIELDS) {
    if (m[raw] === undefined || m[raw] === null) continue;
    const value = finite(m[raw]);
    // Strava writes 0 s for a time it did not record (a manual entry without moving time).
    if (value === 0 && (field === 'movingS' || field === 'elapsedS')) continue;
    if (value === null || implausibility(field, value) !== null) return `implausible ${field}`;
    values[field] = value;
  }
  const { movingS: moving, elapsedS, distanceM, elevationGainM, calories } = values;
  // A stopped-only recording has no moving time: the elapsed time stands in, as on the page.
  const movingS = moving !== undefined && moving > 0 ? moving : elapsedS;
  if (movingS === undefined || !(movingS > 0)) return 'no duration';
  const sportName = typeof m.sport_type === 'string' ? m.sport_type : typeof m.type === 'string' ? m.type : '';
  const sport = SPORT_OF[sportName] ?? 'other';
  if (distanceM !== undefined && tooFast(sport, distanceM, movingS) !== null) return 'implausible speed';
  const activity: Activity = { source: 'strava', id, sport, movingS, startTime };
  if (elapsedS !== undefined && elapsedS > 0) activity.elapsedS = elapsedS;
  if (distanceM !== undefined) activity.distanceM = distanceM;
  if (elevationGainM !== undefined) activity.elevationGainM = elevationGainM;
  if (calories !== undefined) activity.calories = Math.round(calories);
  if (RACE_WORKOUT_TYPES.has(finite(m.workout_type) ?? -1)) activity.isRace = true;
  return activity;
}

function idOf(model: unknown): string | null {
  try {
    return typeof model === 'object' && model !== null ? readId((model as Record<string, unknown>).id) : null;
  } catch {
    return null;
  }
}

/** Every usable activity of one training-log page's `models`. Never throws. */
export function parseTrainingLog(models: unknown, now: Date): TrainingLogResult {
  const result: TrainingLogResult = { activities: [], dropped: [] };
  if (!Array.isArray(models)) return result;
  for (const model of models.slice(0, 1000)) {
    let mapped: Activity | string;
    try {
      mapped = trainingLogActivity(model, now);
    } catch {
      mapped = 'unreadable';
    }
    if (typeof mapped === 'string') result.dropped.push({ id: idOf(model), reason: mapped });
    else result.activities.push(mapped);
  }
  return result;
}
