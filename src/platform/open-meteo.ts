/**
 * Open-Meteo (open-meteo.com: free, no account, no key), the only third party the extension ever
 * talks to, and only when the runner opted in (settings.weatherLookup) and granted its hosts.
 * What is sent: a point rounded to 0.1° (core/weather-hours.ts `roundedPoint`), dates, the names
 * of five hourly variables (temperature, humidity, short-wave radiation, wind, cloud cover), the
 * wind unit and a time-zone choice; for the planner's town search, the typed name.
 * Nothing else: no activity id, no site, no cookie (`credentials: 'omit'`), no referrer.
 *
 * Every function here answers `{ ok: false, problem }` instead of throwing: offline, slow (a
 * timeout aborts the request), an HTTP error (`{ "error": true, "reason": … }`) or an answer of
 * the wrong shape all leave the panel partial with a line saying so.
 */
import { type HourlySeries, type HourlySource, type LatLng, roundedPoint } from '../core/weather-hours';
import { TEXT_LIMITS } from '../core/limits';
import { text, z } from '../core/zod';

export const OPEN_METEO_HOSTS = {
  archive: 'https://archive-api.open-meteo.com',
  forecast: 'https://api.open-meteo.com',
  geocoding: 'https://geocoding-api.open-meteo.com',
} as const;

/** The optional host permissions asked for when the runner switches the lookup on (manifest.json lists the same). */
export const OPEN_METEO_ORIGINS = Object.values(OPEN_METEO_HOSTS).map((host) => `${host}/*`);

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface ClientOptions {
  fetch: FetchFn;
  /** How long to wait before giving up (the panel shows its first paint long before). */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 8000;

export type Answer<T> = { ok: true; value: T } | { ok: false; problem: 'offline' | 'timeout' | 'refused' | 'malformed' | 'not-found'; detail: string };

const Values = z.optional(z.array(z.nullable(z.number())));
/** Today's names first, then the spellings the API answered before its 2023 renaming (relativehumidity_2m…). */
const HourlySchema = z.object({
  utc_offset_seconds: z.optional(z.number()),
  timezone: z.optional(text(TEXT_LIMITS.id)),
  hourly_units: z.optional(z.record(text(TEXT_LIMITS.id), text(TEXT_LIMITS.id))),
  hourly: z.object({
    time: z.array(text(TEXT_LIMITS.time)),
    temperature_2m: z.array(z.nullable(z.number())),
    relative_humidity_2m: Values,
    relativehumidity_2m: Values,
    shortwave_radiation: Values,
    wind_speed_10m: Values,
    windspeed_10m: Values,
    cloud_cover: Values,
    cloudcover: Values,
  }),
});
/** Wind as m/s whatever unit the answer states (asked in m/s; the API's default is km/h). */
const KMH_PER_MS = 3.6;
function windInMs(values: readonly (number | null)[] | undefined, unit: string | undefined): readonly (number | null)[] | undefined {
  if (values === undefined || unit === undefined || unit === 'm/s') return values;
  return unit === 'km/h' ? values.map((v) => (v === null ? null : v / KMH_PER_MS)) : undefined;
}

const GeocodingSchema = z.object({
  results: z.optional(
    z.array(
      z.object({
        name: text(TEXT_LIMITS.name),
        latitude: z.number(),
        longitude: z.number(),
        country: z.optional(text(TEXT_LIMITS.name)),
        admin1: z.optional(text(TEXT_LIMITS.name)),
      }),
    ),
  ),
});

export interface HourlyRequest {
  point: LatLng;
  source: HourlySource;
}

/** The request's address: only rounded coordinates, dates and variable names. */
export function hourlyUrl(request: HourlyRequest): string | null {
  const point = roundedPoint(request.point);
  if (!point) return null;
  const { source } = request;
  const params = new URLSearchParams({
    latitude: point.lat.toFixed(1),
    longitude: point.lng.toFixed(1),
    // Sun and wind for the outdoor WBGT and the sun's heat on the runner (core/wbgt-liljegren.ts).
    hourly: 'temperature_2m,relative_humidity_2m,shortwave_radiation,wind_speed_10m,cloud_cover',
    // Hours labelled on the start point's own wall clock, as start times are (core/start-time.ts).
    timezone: 'auto',
    wind_speed_unit: 'ms',
  });
  if (source.api === 'archive') {
    params.set('start_date', source.startDate);
    params.set('end_date', source.endDate);
    return `${OPEN_METEO_HOSTS.archive}/v1/archive?${params}`;
  }
  params.set('past_days', String(source.pastDays));
  params.set('forecast_days', String(source.forecastDays));
  return `${OPEN_METEO_HOSTS.forecast}/v1/forecast?${params}`;
}

export async function fetchHourly(request: HourlyRequest, options: ClientOptions): Promise<Answer<HourlySeries>> {
  const url = hourlyUrl(request);
  if (url === null) return { ok: false, problem: 'malformed', detail: 'no usable start point' };
  const answer = await getJson(url, options);
  if (!answer.ok) return answer;
  const parsed = HourlySchema.safeParse(answer.value);
  if (!parsed.success) return { ok: false, problem: 'malformed', detail: 'the hourly weather is not in the expected shape' };
  const { hourly, hourly_units: units = {}, utc_offset_seconds: utcOffsetS } = parsed.data;
  const series: HourlySeries = { time: hourly.time, temperatureC: hourly.temperature_2m, humidityPct: hourly.relative_humidity_2m ?? hourly.relativehumidity_2m ?? [] };
  const windMs = windInMs(hourly.wind_speed_10m ?? hourly.windspeed_10m, units.wind_speed_10m ?? units.windspeed_10m);
  if (hourly.shortwave_radiation) series.radiationWm2 = hourly.shortwave_radiation;
  if (windMs) series.windMs = windMs;
  const cloud = hourly.cloud_cover ?? hourly.cloudcover;
  if (cloud) series.cloudPct = cloud;
  if (utcOffsetS !== undefined) series.utcOffsetS = utcOffsetS;
  return { ok: true, value: series };
}

export interface Place extends LatLng {
  /** "Annecy, Auvergne-Rhône-Alpes, France": what the planner shows as the place it used. */
  label: string;
}

/** The first place Open-Meteo's geocoding finds for a typed name (sent as typed, trimmed). */
export async function findPlace(name: string, language: string, options: ClientOptions): Promise<Answer<Place>> {
  const trimmed = name.trim().slice(0, 100);
  if (trimmed.length < 2) return { ok: false, problem: 'not-found', detail: 'type at least two letters' };
  const params = new URLSearchParams({ name: trimmed, count: '1', language: language.slice(0, 2).toLowerCase(), format: 'json' });
  const answer = await getJson(`${OPEN_METEO_HOSTS.geocoding}/v1/search?${params}`, options);
  if (!answer.ok) return answer;
  const parsed = GeocodingSchema.safeParse(answer.value);
  if (!parsed.success) return { ok: false, problem: 'malformed', detail: 'the place search answer is not in the expected shape' };
  const first = parsed.data.results?.[0];
  if (!first || !roundedPoint({ lat: first.latitude, lng: first.longitude })) return { ok: false, problem: 'not-found', detail: trimmed };
  const label = [first.name, first.admin1, first.country].filter((part) => part !== undefined && part !== '').join(', ');
  return { ok: true, value: { lat: first.latitude, lng: first.longitude, label } };
}

async function getJson(url: string, { fetch, timeoutMs = DEFAULT_TIMEOUT_MS }: ClientOptions): Promise<Answer<unknown>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', signal: controller.signal });
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return { ok: false, problem: 'malformed', detail: `HTTP ${response.status}, not JSON` };
    }
    if (!response.ok) {
      const reason = (json as { reason?: unknown } | null)?.reason;
      return { ok: false, problem: 'refused', detail: `HTTP ${response.status}${typeof reason === 'string' ? `: ${reason.slice(0, 120)}` : ''}` };
    }
    return { ok: true, value: json };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, problem: 'timeout', detail: `no answer within ${Math.round(timeoutMs / 1000)} s` };
    return { ok: false, problem: 'offline', detail: error instanceof Error ? error.message.slice(0, 120) : 'network error' };
  } finally {
    clearTimeout(timer);
  }
}
