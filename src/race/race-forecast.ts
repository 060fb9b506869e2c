/**
 * The forecast for a race's hours at the course's start (weather opt-in only, the same Open-Meteo
 * client and 0.1° rounding as every lookup): the hours from the start to the goal, on the course's
 * own clock. Null when the race is beyond the forecast's 16 days, in the past, or the service
 * does not answer: the plan then says it assumed no forecast.
 */
import type { ForecastHour, SavedRace } from '../core/race/index';
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
    if (ms !== null && ms >= first && ms < span.endMs && typeof temperatureC === 'number') hours.push({ time, temperatureC, humidityPct: typeof rh === 'number' ? rh : DEFAULT_HUMIDITY_PCT });
  });
  if (hours.length === 0) return null;
  return { fetchedAt: deps.now().toISOString(), placeLabel: `${point.lat.toFixed(1)}, ${point.lng.toFixed(1)}`, hours };
}

/** Whether two forecasts differ in any hour the plan uses (a new fetch time alone is no change). */
export function forecastChanged(before: SavedRace['forecast'] | null, after: SavedRace['forecast'] | null): boolean {
  const key = (f: SavedRace['forecast'] | null) => JSON.stringify(f?.hours.map((h) => [h.time, h.temperatureC, h.humidityPct]) ?? []);
  return key(before) !== key(after);
}
