/**
 * The weather step of reading a page, between interpreting the capture and merging the
 * runner's typed values. Two phases so the panel never waits on Open-Meteo: the first reply only
 * says a lookup is due (`pending`; a cached lookup is used at once); the content script then asks
 * again with `ask` (and the start point its page half fetched, if any), and that reply carries it.
 */
import type { ActivityDraft, TemperatureSource } from '../core/activity';
import type { LatLng } from '../core/weather-hours';
import type { MessageKey } from '../platform/i18n';
import type { FetchFn } from '../platform/open-meteo';
import type { Settings } from '../platform/settings';
import { hasWeatherAccess } from '../platform/weather-access';
import { cachedWeather, weatherCacheKey } from '../platform/weather-cache';
import { lookUpWeather, recentMiss, type WeatherLookup } from './weather';

export interface PageRead {
  activity: ActivityDraft;
  temperatureSource?: TemperatureSource;
  startPoint?: LatLng;
}

export interface WeatherStepInput {
  site: string;
  activityId: string;
  read: PageRead;
  /** What the runner typed for this activity: a typed temperature means nothing is looked up. */
  manual: ActivityDraft;
  settings: Settings;
  /** Present on the second message: look it up now, with the start point the page half found. */
  ask?: { startPoint?: LatLng | null };
  now: Date;
  fetch: FetchFn;
  mayStore?: boolean;
  /** The content script's page-open time, naming this view (see weather.ts recentMiss). */
  view?: number;
}

export interface WeatherStep {
  read: PageRead;
  /** A lookup is due: the content script asks again with `ask`. */
  pending: boolean;
  notice: MessageKey | null;
}

const NOTICE: Record<Exclude<WeatherLookup['status'], 'off'>, MessageKey> = {
  found: 'noticeWeatherLookup',
  'no-start-point': 'noticeWeatherNoStart',
  'no-start-time': 'noticeWeatherNoTime',
  'no-data': 'noticeWeatherNoData',
  failed: 'noticeWeatherFailed',
};

export async function weatherStep(input: WeatherStepInput): Promise<WeatherStep> {
  const { read } = input;
  const unchanged: WeatherStep = { read, pending: false, notice: null };
  if (read.activity.temperatureC !== undefined || input.manual.temperatureC !== undefined) return unchanged;
  if (input.settings.weatherLookup !== true) return unchanged;
  try {
    if (!input.ask) {
      const cached = await cachedWeather(weatherCacheKey(input.site, input.activityId));
      if (cached) return found(read, { status: 'found', ...cached });
      // Asked already in this view and found nothing: say why again, do not ask again.
      const missed = recentMiss(input.site, input.activityId, input.view, input.now.getTime());
      if (missed && missed.status !== 'found') return { read, pending: false, notice: missed.status === 'off' ? null : NOTICE[missed.status] };
      return (await hasWeatherAccess()) ? { read, pending: true, notice: 'noticeWeatherLooking' } : unchanged;
    }
    const lookup = await lookUpWeather(
      {
        site: input.site,
        activityId: input.activityId,
        startTime: read.activity.startTime,
        durationS: read.activity.elapsedS ?? read.activity.movingS,
        // The page's own data first; else what the page half fetched for the purpose.
        startPoint: read.startPoint ?? input.ask.startPoint ?? undefined,
        view: input.view,
      },
      { enabled: true, fetch: input.fetch, now: () => input.now, mayStore: input.mayStore },
    );
    if (lookup.status === 'found') return found(read, lookup);
    return { read, pending: false, notice: lookup.status === 'off' ? null : NOTICE[lookup.status] };
  } catch {
    return { read, pending: false, notice: 'noticeWeatherFailed' };
  }
}

/** The looked-up values under whatever the page did show (its humidity, if any, is kept). */
function found(read: PageRead, weather: Extract<WeatherLookup, { status: 'found' }>): WeatherStep {
  const activity: ActivityDraft = { ...read.activity, temperatureC: weather.temperatureC, temperatureHighC: weather.temperatureHighC };
  if (activity.humidityPct === undefined && weather.humidityPct !== null) activity.humidityPct = weather.humidityPct;
  if (typeof weather.wbgtHighC === 'number') activity.wbgtHighC = weather.wbgtHighC;
  if (typeof weather.solarLoadWm2 === 'number') activity.solarLoadWm2 = weather.solarLoadWm2;
  return { read: { ...read, activity, temperatureSource: 'lookup' }, pending: false, notice: NOTICE.found };
}
