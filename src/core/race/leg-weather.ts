import { wallClockMs } from '../start-time';
import type { ForecastHour } from './race-input';

const HOUR_MS = 3_600_000;

export interface LegWeather {
  temperatureC: number;
  /** The hottest hour on the leg: the warm end of the estimate's range. */
  temperatureHighC: number;
  humidityPct: number;
}

/**
 * The forecast for the hours the runner is on one leg: every hour from the one holding the leg's
 * start to the one holding its end, averaged (the hottest kept apart). Labels and the start are
 * both read as wall clocks (start-time.ts), so no machine time zone enters. Null when the
 * forecast has none of those hours.
 */
export function legWeather(hours: readonly ForecastHour[], startMs: number, endMs: number): LegWeather | null {
  const first = Math.floor(startMs / HOUR_MS) * HOUR_MS;
  const last = Math.max(first, Math.ceil(endMs / HOUR_MS) * HOUR_MS - HOUR_MS);
  const seen = new Set<number>();
  const on = hours.filter((h) => {
    const ms = wallClockMs(h.time);
    if (ms === null || ms < first || ms > last || seen.has(ms)) return false;
    seen.add(ms);
    return true;
  });
  if (on.length === 0) return null;
  const mean = (f: (h: ForecastHour) => number) => on.reduce((s, h) => s + f(h), 0) / on.length;
  return {
    temperatureC: Math.round(mean((h) => h.temperatureC) * 10) / 10,
    temperatureHighC: Math.max(...on.map((h) => h.temperatureC)),
    humidityPct: Math.round(mean((h) => h.humidityPct)),
  };
}
