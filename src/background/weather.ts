/**
 * The weather lookup for an activity whose page shows no temperature (issue 14), run by the
 * background while it reads a page. Opt-in and granted, or not one request; once per activity
 * (cached, and a lookup already under way is shared, so one page view makes at most one request);
 * never throws: every outcome is a status the panel can put in one line.
 */
import { activityWindow, hourlySource, type LatLng, roundedPoint, weatherOverHours } from '../core/weather-hours';
import { type CachedWeather, cachedWeather, cacheWeather, rememberStartPoint, weatherCacheKey } from '../platform/weather-cache';
import { type FetchFn, fetchHourly, OPEN_METEO_ORIGINS } from '../platform/open-meteo';
import { hasSiteAccess } from '../platform/site-access';

export interface LookupInput {
  site: string;
  activityId: string;
  /** Wall-clock start (core/start-time.ts) and elapsed (else moving) time: the activity's hours. */
  startTime: string | undefined;
  durationS: number | undefined;
  startPoint: LatLng | undefined;
}

export type WeatherLookup =
  | ({ status: 'found' } & CachedWeather)
  /** Switched off in options, or Open-Meteo's hosts not granted: nothing was sent. */
  | { status: 'off' }
  | { status: 'no-start-point' }
  | { status: 'no-start-time' }
  /** The service answered, but had no temperature for those hours. */
  | { status: 'no-data' }
  | { status: 'failed'; detail: string };

export interface LookupDeps {
  enabled: boolean;
  fetch: FetchFn;
  now: () => Date;
  timeoutMs?: number;
  /** False for a page opened before "Delete all data" (erasure.ts pageMayStore): look up, keep nothing. */
  mayStore?: boolean;
}

const underWay = new Map<string, Promise<WeatherLookup>>();

export async function lookUpWeather(input: LookupInput, deps: LookupDeps): Promise<WeatherLookup> {
  try {
    if (!deps.enabled || !(await hasSiteAccess(OPEN_METEO_ORIGINS))) return { status: 'off' };
    const key = weatherCacheKey(input.site, input.activityId);
    const cached = await cachedWeather(key);
    if (cached) return { status: 'found', ...cached };
    const running = underWay.get(key);
    if (running) return await running;
    const lookup = ask(key, input, deps).finally(() => underWay.delete(key));
    underWay.set(key, lookup);
    return await lookup;
  } catch (error) {
    return { status: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

async function ask(key: string, input: LookupInput, deps: LookupDeps): Promise<WeatherLookup> {
  const point = roundedPoint(input.startPoint);
  if (!point) return { status: 'no-start-point' };
  const span = activityWindow(input.startTime, input.durationS);
  const now = deps.now();
  const source = span && hourlySource(span, now.getTime());
  if (!span || !source) return { status: 'no-start-time' };
  // Written through the write queue but not awaited: a caller inside a queued step must not wait for itself.
  if (deps.mayStore !== false) void rememberStartPoint(point).catch(() => undefined);
  const answer = await fetchHourly({ point, source }, { fetch: deps.fetch, timeoutMs: deps.timeoutMs });
  if (!answer.ok) return { status: 'failed', detail: answer.detail };
  const found = weatherOverHours(answer.value, span);
  if (!found) return { status: 'no-data' };
  const weather: CachedWeather = { ...found, at: now.getTime() };
  if (deps.mayStore !== false) void cacheWeather(key, weather).catch(() => undefined);
  return { status: 'found', ...weather };
}
