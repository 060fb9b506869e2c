import { type HourHeat, hourHeat } from '../hour-heat';
import { wallClockMs } from '../start-time';
import { sunOverHours } from '../weather-hours';
import type { ForecastHour, RaceSky } from './race-input';

const HOUR_MS = 3_600_000;

export interface LegWeather {
  temperatureC: number;
  /** The hottest hour on the leg: the warm end of the estimate's range. */
  temperatureHighC: number;
  humidityPct: number;
  /** The leg's hottest-hour WBGT, with the sun when every hour had sunshine and wind (weather-hours.ts). */
  wbgtHighC: number | null;
  /** The sun's mean heat on the runner over the leg's hours, W/m²; null: not counted. */
  solarLoadWm2: number | null;
}

/**
 * The forecast for the hours the runner is on one leg: every hour from the one holding the leg's
 * start to the one holding its end, averaged (the hottest kept apart). Labels and the start are
 * both read as wall clocks (start-time.ts), so no machine time zone enters; the sun's height
 * needs the place and the clock's UTC offset (`sky`). Null when the forecast has none of those hours.
 */
export function legWeather(hours: readonly ForecastHour[], startMs: number, endMs: number, sky: RaceSky | null = null): LegWeather | null {
  const first = Math.floor(startMs / HOUR_MS) * HOUR_MS;
  const last = Math.max(first, Math.ceil(endMs / HOUR_MS) * HOUR_MS - HOUR_MS);
  const byMs = new Map(hours.map((h) => [wallClockMs(h.time), h]));
  const seen = new Set<number>();
  const on = hours.filter((h) => {
    const ms = wallClockMs(h.time);
    if (ms === null || ms < first || ms > last || seen.has(ms)) return false;
    seen.add(ms);
    return true;
  });
  if (on.length === 0) return null;
  const mean = (f: (h: ForecastHour) => number) => on.reduce((s, h) => s + f(h), 0) / on.length;
  const heats: HourHeat[] = on.map((h) => {
    const ms = wallClockMs(h.time) as number;
    // The hour the runner is in, from `time`, is the mean labelled an hour later; the last one stands in for itself.
    const radiation = (byMs.get(ms + HOUR_MS) ?? h).radiationWm2;
    return hourHeat(h.temperatureC, h.humidityPct, {
      radiationWm2: radiation,
      windMs: h.windMs,
      midUtcMs: sky === null ? null : ms - sky.utcOffsetS * 1000 + HOUR_MS / 2,
      place: sky?.place ?? null,
    });
  });
  return {
    temperatureC: Math.round(mean((h) => h.temperatureC) * 10) / 10,
    temperatureHighC: Math.max(...on.map((h) => h.temperatureC)),
    humidityPct: Math.round(mean((h) => h.humidityPct)),
    ...sunOverHours(heats),
  };
}
