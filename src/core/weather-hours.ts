import { DAY_MS, HOUR_MS, wallClockMs } from './start-time';
import { type HourHeat, hourHeat } from './hour-heat';

/**
 * Weather looked up for an activity's hours: which hours, which service, and what the
 * hourly values mean for the run. Pure: the caller passes "now" and the service's answer.
 *
 * Privacy by construction: a coordinate leaves the browser only through `roundedPoint`, which keeps
 * one decimal (0.1° ≈ 11 km north–south), so no one can find the start's street from it.
 */

export interface LatLng {
  lat: number;
  lng: number;
}

/** One decimal: the precision that leaves the browser. */
const roundTenth = (x: number) => Math.round(x * 10) / 10;

/** The start point as sent: rounded to 0.1°, or null when it is not a point on Earth. */
export function roundedPoint(point: LatLng | null | undefined): LatLng | null {
  if (!point || !Number.isFinite(point.lat) || !Number.isFinite(point.lng)) return null;
  if (Math.abs(point.lat) > 90 || Math.abs(point.lng) > 180) return null;
  // Null Island (0, 0) is what a device writes when it had no fix: not a start point.
  if (point.lat === 0 && point.lng === 0) return null;
  // `+ 0` turns -0 into 0, so a start just west of Greenwich is sent as "0.0", not "-0.0".
  return { lat: roundTenth(point.lat) + 0, lng: roundTenth(point.lng) + 0 };
}

/**
 * The activity's hours on the wall clock where it happened: `startTime` is that wall clock (see
 * core/start-time.ts; an offset, when written, is ignored), and Open-Meteo is asked for the start
 * point's own time zone (`timezone=auto`), whose hour labels (`2026-06-24T07:00`) are the same
 * wall clock. Both are encoded as if UTC, so they compare without any machine time zone.
 */
export interface ActivityWindow {
  startMs: number;
  endMs: number;
  /** Calendar dates (YYYY-MM-DD) of the first and last hour. */
  firstDate: string;
  lastDate: string;
}


export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The window from the start to start + elapsed, or null when the start has no time of day. */
export function activityWindow(startTime: string | undefined, durationS: number | undefined): ActivityWindow | null {
  // A date alone (`2026-11-29`) says nothing about which hours.
  if (startTime === undefined || !startTime.includes('T') || durationS === undefined || !(durationS > 0)) return null;
  const startMs = wallClockMs(startTime);
  if (startMs === null) return null;
  const endMs = startMs + durationS * 1000;
  return { startMs, endMs, firstDate: isoDate(startMs), lastDate: isoDate(lastHourMs(endMs)) };
}

/** The start of the last hour the activity was under way in (an end at 08:00 sharp ends in the 07:00 hour). */
const lastHourMs = (endMs: number) => Math.ceil(endMs / HOUR_MS) * HOUR_MS - HOUR_MS;

/**
 * Open-Meteo's historical archive (ERA5 reanalysis) trails real time by about five days; anything
 * newer comes from the forecast service's `past_days`, which reaches back 92 days.
 */
export const ARCHIVE_DELAY_DAYS = 5;
export const MAX_PAST_DAYS = 92;

const utcMidnight = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

export type HourlySource =
  | { api: 'archive'; startDate: string; endDate: string }
  | { api: 'forecast'; pastDays: number; forecastDays: number };

/** Where the activity's hours can be found, or null for an activity still ahead (more than a day) of `nowMs`. */
export function hourlySource(span: ActivityWindow, nowMs: number): HourlySource | null {
  const todayMs = utcMidnight(nowMs);
  const firstDayMs = Date.parse(span.firstDate);
  const lastDayMs = Date.parse(span.lastDate);
  if (lastDayMs > todayMs + DAY_MS) return null;
  if (lastDayMs < todayMs - ARCHIVE_DELAY_DAYS * DAY_MS) return { api: 'archive', startDate: span.firstDate, endDate: span.lastDate };
  // One day more than the dates say: the runner's wall clock may be a day ahead of or behind UTC's today.
  const pastDays = Math.min(MAX_PAST_DAYS, Math.max(0, Math.round((todayMs - firstDayMs) / DAY_MS) + 1));
  return { api: 'forecast', pastDays, forecastDays: 2 };
}

/** What a weather service answered, per hour: labels are wall-clock readings (`2026-06-24T07:00`). */
export interface HourlySeries {
  time: readonly string[];
  temperatureC: readonly (number | null)[];
  humidityPct: readonly (number | null)[];
  /** Global short-wave on the ground, W/m², the mean over the hour before each label. */
  radiationWm2?: readonly (number | null)[];
  /** Wind 10 m above ground, m/s. */
  windMs?: readonly (number | null)[];
  cloudPct?: readonly (number | null)[];
  /** The labels' wall clock minus UTC, s (one offset for the whole answer). */
  utcOffsetS?: number;
}

export interface HoursWeather {
  /** Mean over the activity's hours: the value the estimate uses. */
  temperatureC: number;
  /** The hottest of those hours: the top of the estimate's range. */
  temperatureHighC: number;
  /** Mean relative humidity over the same hours, when the service had it. */
  humidityPct: number | null;
  hours: number;
  /**
   * The WBGT of the session's hottest hour (the hour with the highest WBGT): with sun and wind
   * (Liljegren) when every hour had them, else the shade approximation; null without humidity.
   */
  wbgtHighC: number | null;
  /** The sun's mean heat on the runner over the hours, W/m² (solar-load.ts); null: the sun not counted. */
  solarLoadWm2: number | null;
}

const labelMs = (label: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(label) ? (wallClockMs(label) ?? Number.NaN) : Number.NaN);
const plausible = (x: number | null | undefined, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max;
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The hours the activity was under way in (the hour starting at or before the start, through the
 * hour holding the end), averaged; the hottest of them is the range's top. Null when the service
 * had no temperature for any of them.
 */
export function weatherOverHours(series: HourlySeries, span: ActivityWindow, point: LatLng | null = null): HoursWeather | null {
  const firstMs = Math.floor(span.startMs / HOUR_MS) * HOUR_MS;
  const lastMs = lastHourMs(span.endMs);
  const temperatures: number[] = [];
  const humidities: number[] = [];
  const heats: HourHeat[] = [];
  // Radiation is the mean over the hour BEFORE its label: the hour from 07:00 is labelled 08:00.
  const byLabel = new Map(series.time.map((label, i) => [labelMs(label), i]));
  const offsetMs = series.utcOffsetS === undefined ? null : series.utcOffsetS * 1000;
  // A wall-clock hour can be labelled twice (the night clocks go back): it counts once.
  const seen = new Set<number>();
  series.time.forEach((label, i) => {
    const ms = labelMs(label);
    if (!(ms >= firstMs && ms <= lastMs) || seen.has(ms)) return;
    seen.add(ms);
    const t = series.temperatureC[i];
    if (!plausible(t, -90, 60)) return;
    temperatures.push(t);
    const rh = series.humidityPct[i];
    if (plausible(rh, 0, 100)) humidities.push(rh);
    const next = byLabel.get(ms + HOUR_MS);
    heats.push(
      hourHeat(t, plausible(rh, 0, 100) ? rh : null, {
        // The day's last hour has no next label in the answer: its own value stands in.
        radiationWm2: series.radiationWm2?.[next ?? i],
        windMs: series.windMs?.[i],
        midUtcMs: offsetMs === null ? null : ms - offsetMs + HOUR_MS / 2,
        place: point,
      }),
    );
  });
  if (temperatures.length === 0) return null;
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return {
    temperatureC: round1(mean(temperatures)),
    temperatureHighC: round1(Math.max(...temperatures)),
    humidityPct: humidities.length === 0 ? null : Math.round(mean(humidities)),
    hours: temperatures.length,
    ...sunOverHours(heats),
  };
}

/** The hottest hour's WBGT and the mean solar load; the sun counts only when every hour had it. */
export function sunOverHours(heats: readonly HourHeat[]): Pick<HoursWeather, 'wbgtHighC' | 'solarLoadWm2'> {
  const counted = heats.every((h) => h.solarLoadWm2 !== null);
  const sunny = counted && heats.every((h) => h.sunWbgtC !== null);
  const wbgts = heats.flatMap((h) => {
    const w = sunny ? h.sunWbgtC : h.shadeWbgtC;
    return w === null ? [] : [w];
  });
  return {
    wbgtHighC: wbgts.length === 0 ? null : round1(Math.max(...wbgts)),
    solarLoadWm2: counted ? Math.round(heats.reduce((s, h) => s + (h.solarLoadWm2 ?? 0), 0) / heats.length) : null,
  };
}

/** A planned run: the date and wall-clock start typed in, on the place's own clock. */
export function plannedWindow(date: string, time: string, durationS: number): ActivityWindow | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  // Read on the place's own clock, as the forecast is asked for (`timezone=auto`).
  return activityWindow(`${date}T${time}`, durationS);
}

/** Forecast days needed to reach a planned run (the forecast goes 16 days ahead), or null beyond that or in the past. */
export function forecastDaysFor(span: ActivityWindow, nowMs: number): number | null {
  const todayMs = utcMidnight(nowMs);
  const days = Math.round((Date.parse(span.lastDate) - todayMs) / DAY_MS) + 2;
  if (Date.parse(span.lastDate) < todayMs - DAY_MS || days > 16) return null;
  return Math.max(1, days);
}
