/**
 * The forecast for a race's hours at the course's start (weather opt-in only, the same Open-Meteo
 * client and 0.1° rounding as every lookup): the hours from the start to the goal, on the course's
 * own clock. Null when the race is beyond the forecast's 16 days, in the past, or the service
 * does not answer: the plan then says it assumed no forecast.
 */
import type { ForecastHour, SavedRace } from '../core/race/index';
import { ForecastHourSchema, SavedRaceSchema } from '../core/race/race-schema';
import { wallClockMs } from '../core/start-time';
import { DEFAULT_HUMIDITY_PCT } from '../core/weather';
import { forecastDaysFor, plannedWindow, roundedPoint } from '../core/weather-hours';
import { type FetchFn, fetchHourly } from '../platform/open-meteo';

export interface RaceForecastDeps {
  fetch: FetchFn;
  now: () => Date;
}

const HOUR_MS = 3_600_000;

export async function raceForecast(race: SavedRace, deps: RaceForecastDeps): Promise<SavedRace['forecast'] | null> {
  const point = roundedPoint(race.course.start);
  const span = plannedWindow(race.date, race.time, race.goalTimeS);
  if (!point || !span) return null;
  const forecastDays = forecastDaysFor(span, deps.now().getTime());
  if (forecastDays === null) return null;
  const answer = await fetchHourly({ point, source: { api: 'forecast', pastDays: 0, forecastDays } }, { fetch: deps.fetch });
  if (!answer.ok) return null;
  const hours: ForecastHour[] = [];
  const first = Math.floor(span.startMs / HOUR_MS) * HOUR_MS;
  answer.value.time.forEach((time, i) => {
    const ms = wallClockMs(time);
    const temperatureC = answer.value.temperatureC[i];
    const rh = answer.value.humidityPct[i];
    // An hour without humidity takes the engine's own default (core/weather.ts), 50 %.
    if (ms === null || ms < first || ms >= span.endMs || typeof temperatureC !== 'number') return;
    const hour: ForecastHour = { time, temperatureC, humidityPct: typeof rh === 'number' ? rh : DEFAULT_HUMIDITY_PCT };
    // The sun and wind, when the answer has them, let the plan count the sun's load per leg.
    const radiationWm2 = answer.value.radiationWm2?.[i];
    const windMs = answer.value.windMs?.[i];
    if (fits(SUN.radiationWm2, radiationWm2)) hour.radiationWm2 = radiationWm2;
    if (fits(SUN.windMs, windMs)) hour.windMs = windMs;
    hours.push(hour);
  });
  if (hours.length === 0) return null;
  const forecast: NonNullable<SavedRace['forecast']> = { fetchedAt: deps.now().toISOString(), placeLabel: `${point.lat.toFixed(1)}, ${point.lng.toFixed(1)}`, hours };
  if (fits(OFFSET, answer.value.utcOffsetS)) forecast.utcOffsetS = answer.value.utcOffsetS;
  return forecast;
}

/*
 * A value the saved race's schema would refuse (an odd answer) is left out rather than copied: the
 * race must still save and load; without it that hour (or the clock) is a shade estimate.
 */
const SUN = { radiationWm2: ForecastHourSchema.shape.radiationWm2, windMs: ForecastHourSchema.shape.windMs };
const OFFSET = SavedRaceSchema.shape.forecast.def.innerType.shape.utcOffsetS;
function fits(schema: { safeParse: (v: unknown) => { success: boolean } }, value: number | null | undefined): value is number {
  return typeof value === 'number' && schema.safeParse(value).success;
}

/** Whether two forecasts differ in any hour the plan uses (a new fetch time alone is no change). */
export function forecastChanged(before: SavedRace['forecast'] | null, after: SavedRace['forecast'] | null): boolean {
  // The sun, the wind and the clock offset change the plan's solar load as much as the temperature does.
  const key = (f: SavedRace['forecast'] | null) =>
    JSON.stringify([f?.utcOffsetS ?? null, f?.hours.map((h) => [h.time, h.temperatureC, h.humidityPct, h.radiationWm2 ?? null, h.windMs ?? null]) ?? []]);
  return key(before) !== key(after);
}
