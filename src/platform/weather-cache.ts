/**
 * Looked-up weather, kept per activity so each is asked for once: `<site>:<activity id>`
 * → the values found. Stays on this machine (the key never leaves it); capped so it cannot grow
 * without end; "Delete all data" clears it with everything else. Also remembers the last start
 * point already rounded to 0.1°, which the planner offers as the default place.
 */
import type { LatLng } from '../core/weather-hours';
import { TEXT_LIMITS } from '../core/limits';
import { text, z } from '../core/zod';
import { localArea } from './cached-storage';
import { LatLngSchema } from './messages';
import { STORAGE_KEYS } from './storage-keys';
import { queuedWrite } from './write-queue';

export const MAX_CACHED = 500;

const CachedWeatherSchema = z.object({
  temperatureC: z.number(),
  temperatureHighC: z.number(),
  humidityPct: z.nullable(z.number()),
  hours: z.number(),
  /** Absent in entries cached before sun and wind were asked for: those stay shade estimates. */
  wbgtHighC: z.optional(z.nullable(z.number())),
  solarLoadWm2: z.optional(z.nullable(z.number())),
  /** When it was looked up (epoch ms): the oldest entries go first when the cap is reached. */
  at: z.number(),
});
export type CachedWeather = z.infer<typeof CachedWeatherSchema>;

const WeatherCacheSchema = z.object({
  entries: z.record(text(TEXT_LIMITS.id), CachedWeatherSchema),
  lastPoint: z.optional(LatLngSchema),
});
type WeatherCache = z.infer<typeof WeatherCacheSchema>;

export const weatherCacheKey = (site: string, activityId: string) => `${site}:${activityId}`;

async function load(): Promise<WeatherCache> {
  const raw = (await localArea().get(STORAGE_KEYS.weatherCache))[STORAGE_KEYS.weatherCache];
  const parsed = WeatherCacheSchema.safeParse(raw);
  // A cache that cannot be read is only a cache: start again (nothing the runner entered is in it).
  return parsed.success ? parsed.data : { entries: {} };
}

export async function cachedWeather(key: string): Promise<CachedWeather | null> {
  const { entries } = await load();
  return Object.hasOwn(entries, key) ? (entries[key] ?? null) : null;
}

/** Through the background's one write queue, so no write works from a stale read or outlives "Delete all data". */
function update(change: (cache: WeatherCache) => WeatherCache): Promise<void> {
  return queuedWrite(async () => {
    await localArea().set({ [STORAGE_KEYS.weatherCache]: change(await load()) });
  });
}

export function cacheWeather(key: string, weather: CachedWeather): Promise<void> {
  return update((cache) => {
    const entries = { ...cache.entries, [key]: weather };
    const keys = Object.keys(entries);
    if (keys.length > MAX_CACHED) {
      const oldest = keys.sort((a, b) => (entries[a]?.at ?? 0) - (entries[b]?.at ?? 0)).slice(0, keys.length - MAX_CACHED);
      for (const k of oldest) delete entries[k];
    }
    return { ...cache, entries };
  });
}

/** Only a point already rounded to 0.1° is ever stored here. */
export function rememberStartPoint(rounded: LatLng): Promise<void> {
  return update((cache) => ({ ...cache, lastPoint: rounded }));
}

export async function lastStartPoint(): Promise<LatLng | null> {
  return (await load()).lastPoint ?? null;
}
