/**
 * The planner's weather from Open-Meteo's forecast (same opt-in as the lookup): the
 * place is a typed town (Open-Meteo geocoding) or, by default, the last analyzed run's start,
 * already rounded to 0.1°; the hours are the planned start to start + duration, on the place's clock.
 */
import { forecastDaysFor, type LatLng, plannedWindow, roundedPoint, weatherOverHours } from '../core/weather-hours';
import { type MessageKey, t } from '../platform/i18n';
import { type FetchFn, fetchHourly, findPlace } from '../platform/open-meteo';

export interface PlannedRunAt {
  date: string;
  time: string;
  durationS: number;
  /** A town as typed; empty: the last run's start area. */
  place: string;
}

export interface ForecastDeps {
  fetch: FetchFn;
  now: () => Date;
  language: string;
  lastPoint: LatLng | null;
}

export type Forecast =
  | { ok: true; temperatureC: number; temperatureHighC: number; humidityPct: number | null; placeLabel: string }
  | { ok: false; message: string };

const failed = (key: MessageKey, ...subs: string[]): Forecast => ({ ok: false, message: t(key, ...subs) });

export async function forecastFor(run: PlannedRunAt, deps: ForecastDeps): Promise<Forecast> {
  const span = plannedWindow(run.date, run.time, run.durationS);
  if (!span) return failed('plannerForecastNoDate');
  const forecastDays = forecastDaysFor(span, deps.now().getTime());
  if (forecastDays === null) return failed('plannerForecastOutOfRange');
  let point: LatLng | null;
  let placeLabel: string;
  if (run.place.trim() !== '') {
    const found = await findPlace(run.place, deps.language, { fetch: deps.fetch });
    if (!found.ok) return found.problem === 'not-found' ? failed('plannerForecastNoPlace', run.place.trim()) : failed('plannerForecastFailed', found.detail);
    point = roundedPoint(found.value);
    placeLabel = found.value.label;
  } else {
    point = roundedPoint(deps.lastPoint);
    placeLabel = point ? t('plannerLastStart', point.lat.toFixed(1), point.lng.toFixed(1)) : '';
  }
  if (!point) return failed('plannerForecastNeedsPlace');
  const answer = await fetchHourly({ point, source: { api: 'forecast', pastDays: 0, forecastDays } }, { fetch: deps.fetch });
  if (!answer.ok) return failed('plannerForecastFailed', answer.detail);
  const weather = weatherOverHours(answer.value, span);
  if (!weather) return failed('plannerForecastNoData');
  return { ok: true, temperatureC: weather.temperatureC, temperatureHighC: weather.temperatureHighC, humidityPct: weather.humidityPct, placeLabel };
}
