/**
 * intervals.icu's activity JSON (`GET /api/v1/activity/{id}`, the same object its web app loads)
 * → ExtractResult. Field meanings, from the public API schema and client libraries:
 *   distance m · moving_time s · elapsed_time s · total_elevation_gain m · average_heartrate bpm
 *   · calories kcal · start_date_local "2024-05-18T07:42:10" (local, no zone) with start_date
 *   "2024-05-18T05:42:10Z" (the same moment in UTC: together they give the offset) · type "Run",
 *   "TrailRun", "Ride"… (Strava's names) · race boolean
 *   · average_weather_temp °C (intervals.icu's weather service, Open-Meteo: the air, so preferred)
 *   · average_temp °C (the device's sensor, warmed by the body) · average_humidity /
 *     weather_humidity % (read when present; not in the published schema we found).
 */
import type { ActivityDraft, TemperatureSource } from '../../core/activity';
import { withOffset } from '../../core/start-time';
import { parseLocalDateTime } from '../shared/dates';
import { attempt, type Draft, miss, newDraft, setOnce, unread } from '../shared/draft';
import { readSportName } from '../shared/sports';
import { quoted } from '../shared/text';
import type { SiteReading } from '../types';
import { centimetres, crossCheckTimes, type JsonObject, objectOf, offerNumber, stringAt, tenths, wholeSeconds } from '../shared/json-draft';

const EXPECTED: readonly (keyof ActivityDraft)[] = [
  'sport', 'startTime', 'distanceM', 'movingS', 'elapsedS', 'elevationGainM', 'temperatureC', 'humidityPct', 'avgHeartRate', 'calories',
];

/** Never throws; `problem` says why the JSON is missing, when it is. An array holding one activity (as list endpoints give) is read as that activity. */
export function intervalsActivityFromJson(json: unknown, problem?: string): SiteReading {
  const draft = newDraft();
  const a = objectOf(Array.isArray(json) && json.length === 1 ? json[0] : json);
  if (a === null) {
    miss(draft, 'movingS', problem ?? 'the intervals.icu activity data is not an object');
    return { layout: 'none', activity: draft.activity, unread: unread(draft, problem ? [] : EXPECTED, 'not in the intervals.icu activity data'), rejected: [] };
  }
  const id = stringAt(a, 'id');
  if (id !== undefined) setOnce(draft, 'id', id);
  attempt(draft, 'sport', () => readType(draft, a));
  attempt(draft, 'startTime', () => {
    const text = stringAt(a, 'start_date_local');
    const iso = text === undefined ? null : parseLocalDateTime(text);
    if (iso === null) miss(draft, 'startTime', text === undefined ? 'the activity data has no start_date_local' : `could not read the date ${quoted(text)}`);
    else setOnce(draft, 'startTime', withOffset(iso, stringAt(a, 'start_date')));
  });
  offerNumber(draft, 'distanceM', a, 'distance', centimetres);
  offerNumber(draft, 'movingS', a, 'moving_time', wholeSeconds);
  offerNumber(draft, 'elapsedS', a, 'elapsed_time', wholeSeconds);
  offerNumber(draft, 'elevationGainM', a, 'total_elevation_gain', centimetres);
  offerNumber(draft, 'avgHeartRate', a, 'average_heartrate', Math.round);
  offerNumber(draft, 'calories', a, 'calories', Math.round);
  const temperatureSource = readTemperature(draft, a);
  if (!offerNumber(draft, 'humidityPct', a, 'average_humidity', Math.round)) offerNumber(draft, 'humidityPct', a, 'weather_humidity', Math.round);
  attempt(draft, 'distanceM', () => crossCheckTimes(draft));
  if (temperatureSource) draft.activity.temperatureSource = temperatureSource;
  return { layout: 'api', activity: draft.activity, temperatureSource, unread: unread(draft, EXPECTED, 'not in the intervals.icu activity data'), rejected: draft.rejected };
}

function readTemperature(draft: Draft, a: JsonObject): TemperatureSource | undefined {
  if (offerNumber(draft, 'temperatureC', a, 'average_weather_temp', tenths)) return 'weather';
  if (offerNumber(draft, 'temperatureC', a, 'average_temp', tenths)) return 'device';
  return undefined;
}

function readType(draft: Draft, a: JsonObject): void {
  const type = stringAt(a, 'type');
  const reading = type === undefined ? null : readSportName(type);
  if (reading && 'sport' in reading) setOnce(draft, 'sport', reading.sport);
  else miss(draft, 'sport', type === undefined ? 'the activity data has no type' : `sport not recognised in ${quoted(type)}`);
  if (a.race === true) setOnce(draft, 'isRace', true);
}
