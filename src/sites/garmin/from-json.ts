/**
 * Garmin Connect's own activity JSON → ExtractResult. Field meanings (checked against the real
 * `activity-service/activity/<id>` payload in tests/fixtures/garmin and public client libraries):
 *   summaryDTO.distance m · movingDuration s (time moving) · duration s (timer time, pauses
 *   excluded) · elapsedDuration s (wall clock) · elevationGain m · averageHR bpm · calories kcal
 *   · startTimeLocal "2026-01-08T08:10:21.0" (local, no zone) with startTimeGMT (the same moment
 *   in UTC: together they give the offset) · averageTemperature °C (the
 *   watch's own sensor, warmed by the wrist and the sun).
 * Weather JSON (`activity-service/activity/<id>/weather`): temp °F (a weather station's air
 * temperature, so preferred over the wrist sensor), relativeHumidity %.
 */
import type { ActivityDraft, TemperatureSource } from '../../core/activity';
import { withOffset } from '../../core/start-time';
import { parseLocalDateTime } from '../shared/dates';
import { attempt, type Draft, miss, newDraft, setOnce, unread } from '../shared/draft';
import { quoted } from '../shared/text';
import type { SiteReading } from '../types';
import { centimetres, crossCheckTimes, fahrenheitToCelsius, objectOf, offerNumber, stringAt, tenths, wholeSeconds } from '../shared/json-draft';
import { garminSportOfTypeKey } from './sport';

const WEATHER = 'the Garmin weather data';

const EXPECTED: readonly (keyof ActivityDraft)[] = [
  'sport', 'startTime', 'distanceM', 'movingS', 'elapsedS', 'elevationGainM', 'temperatureC', 'humidityPct', 'avgHeartRate', 'calories',
];

/**
 * `activity` is the parsed activity JSON, `weather` the parsed weather JSON (undefined when it was
 * not loaded; `weatherProblem` then says why; `problem` says why the activity JSON is missing). Never throws.
 */
export function garminActivityFromJson(activity: unknown, weather?: unknown, weatherProblem?: string, problem?: string): SiteReading {
  const draft = newDraft();
  let temperatureSource: TemperatureSource | undefined;
  const root = objectOf(activity);
  const summary = objectOf(root?.summaryDTO);
  if (summary === null) {
    const reason = problem ?? (root === null ? 'the Garmin activity data is not an object' : 'the Garmin activity data has no summary');
    miss(draft, 'movingS', reason);
    return { layout: 'none', activity: draft.activity, unread: unread(draft, problem ? [] : EXPECTED, 'not in the Garmin activity data'), rejected: draft.rejected };
  }
  const id = root?.activityId;
  if (typeof id === 'number' || typeof id === 'string') setOnce(draft, 'id', String(id));
  attempt(draft, 'sport', () => readSport(draft, root));
  attempt(draft, 'startTime', () => {
    const text = stringAt(summary, 'startTimeLocal');
    const iso = text === undefined ? null : parseLocalDateTime(text);
    if (iso === null) miss(draft, 'startTime', text === undefined ? 'the activity data has no startTimeLocal' : `could not read the date ${quoted(text)}`);
    else setOnce(draft, 'startTime', withOffset(iso, stringAt(summary, 'startTimeGMT')));
  });
  offerNumber(draft, 'distanceM', summary, 'distance', centimetres);
  if (!offerNumber(draft, 'movingS', summary, 'movingDuration', wholeSeconds)) offerNumber(draft, 'movingS', summary, 'duration', wholeSeconds);
  offerNumber(draft, 'elapsedS', summary, 'elapsedDuration', wholeSeconds);
  offerNumber(draft, 'elevationGainM', summary, 'elevationGain', centimetres);
  offerNumber(draft, 'avgHeartRate', summary, 'averageHR', Math.round);
  offerNumber(draft, 'calories', summary, 'calories', Math.round);
  const weatherData = objectOf(weather);
  if (weatherData) {
    if (offerNumber(draft, 'temperatureC', weatherData, 'temp', fahrenheitToCelsius, WEATHER)) temperatureSource = 'weather';
    offerNumber(draft, 'humidityPct', weatherData, 'relativeHumidity', Math.round, WEATHER);
  } else {
    const why = weatherProblem ?? 'the weather data was not loaded';
    miss(draft, 'humidityPct', why);
    miss(draft, 'temperatureC', why);
  }
  if (draft.activity.temperatureC === undefined && offerNumber(draft, 'temperatureC', summary, 'averageTemperature', tenths)) temperatureSource = 'device';
  attempt(draft, 'distanceM', () => crossCheckTimes(draft));
  if (temperatureSource) draft.activity.temperatureSource = temperatureSource;
  return { layout: 'api', activity: draft.activity, temperatureSource, unread: unread(draft, EXPECTED, 'not in the Garmin activity data'), rejected: draft.rejected };
}

/** activityTypeDTO on the activity page's JSON, activityType in list payloads; a race event marks isRace. */
function readSport(draft: Draft, root: Record<string, unknown> | null): void {
  const typeKey = stringAt(objectOf(root?.activityTypeDTO) ?? objectOf(root?.activityType), 'typeKey');
  if (typeKey === undefined) miss(draft, 'sport', 'the activity data has no activity type');
  else setOnce(draft, 'sport', garminSportOfTypeKey(typeKey));
  const eventKey = stringAt(objectOf(root?.eventTypeDTO) ?? objectOf(root?.eventType), 'typeKey');
  if (eventKey === 'race') setOnce(draft, 'isRace', true);
}
