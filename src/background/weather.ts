/**
 * The weather lookup for an activity whose page shows no temperature, run by the
 * background while it reads a page. Opt-in and granted, or not one request; once per activity
 * (cached, and a lookup already under way is shared, so one page view makes at most one request);
 * never throws: every outcome is a status the panel can put in one line.
 */
import { activityWindow, hourlySource, type LatLng, roundedPoint, weatherOverHours } from '../core/weather-hours';
import { type CachedWeather, cachedWeather, cacheWeather, rememberStartPoint, weatherCacheKey } from '../platform/weather-cache';
import { type FetchFn, fetchHourly } from '../platform/open-meteo';
import { hasWeatherAccess } from '../platform/weather-access';

export interface LookupInput {
  site: string;
  activityId: string;
  /** Wall-clock start (core/start-time.ts) and elapsed (else moving) time: the activity's hours. */
  startTime: string | undefined;
  durationS: number | undefined;
  startPoint: LatLng | undefined;
  /** Which view of the page asks (the content script's page-open time): a new view may try a failed lookup again. */
  view?: number;
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

/**
 * Lookups that found nothing (no start point, a failure…) are not cached with the activity, so the
 * next view tries again; but within one view the panel may be re-read (late stats, a profile
 * change), and that must not ask again: the outcome is remembered in memory per view, for a while.
 */
export const RETRY_AFTER_MS = 10 * 60_000;
const recentMisses = new Map<string, { lookup: WeatherLookup; at: number }>();
const missKey = (site: string, activityId: string, view: number | undefined) => `${weatherCacheKey(site, activityId)}@${view ?? ''}`;

/** What this view's lookup of the activity ended with, when it found nothing. */
export function recentMiss(site: string, activityId: string, view: number | undefined, nowMs: number): WeatherLookup | null {
  const miss = recentMisses.get(missKey(site, activityId, view));
  return miss && nowMs - miss.at < RETRY_AFTER_MS ? miss.lookup : null;
}

/** Tests start each case with no memory of earlier ones. */
export function forgetRecentMisses(): void {
  recentMisses.clear();
}

function rememberMiss(input: LookupInput, lookup: WeatherLookup, nowMs: number): void {
  for (const [key, miss] of recentMisses) if (nowMs - miss.at >= RETRY_AFTER_MS) recentMisses.delete(key);
  recentMisses.set(missKey(input.site, input.activityId, input.view), { lookup, at: nowMs });
}

export async function lookUpWeather(input: LookupInput, deps: LookupDeps): Promise<WeatherLookup> {
  try {
    if (!deps.enabled || !(await hasWeatherAccess())) return { status: 'off' };
    const key = weatherCacheKey(input.site, input.activityId);
    const cached = await cachedWeather(key);
    if (cached) return { status: 'found', ...cached };
    const missed = recentMiss(input.site, input.activityId, input.view, deps.now().getTime());
    if (missed) return missed;
    const running = underWay.get(key);
    if (running) return await running;
    const lookup = ask(key, input, deps).finally(() => underWay.delete(key));
    underWay.set(key, lookup);
    const result = await lookup;
    if (result.status !== 'found') rememberMiss(input, result, deps.now().getTime());
    return result;
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
  const found = weatherOverHours(answer.value, span, point);
  if (!found) return { status: 'no-data' };
  const weather: CachedWeather = { ...found, at: now.getTime() };
  if (deps.mayStore !== false) void cacheWeather(key, weather).catch(() => undefined);
  return { status: 'found', ...weather };
}
