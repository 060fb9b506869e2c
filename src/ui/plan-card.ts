import type { Plan } from '../core/analysis';
import { formatTemperature, formatVolumeMl } from '../core/format';
import type { Product } from '../core/product';
import type { Units } from '../core/profile';
import { DEFAULT_TEMPERATURE_C } from '../core/weather';
import { planItemsText } from './plan-items-text';
import { t } from '../platform/i18n';

export interface PlannedRun {
  durationMin: number;
  temperatureC?: number;
  humidityPct?: number;
  /** Set when the weather came from Open-Meteo's forecast, not typed in. */
  forecast?: { placeLabel: string; when: string };
}

/** The weather the plan assumed, and where it came from. */
function weatherLine(run: PlannedRun, units: Units, locale: string): string {
  if (run.temperatureC === undefined) return t('cardWeather', t('cardWeatherNone', formatTemperature(DEFAULT_TEMPERATURE_C, units, locale)));
  const conditions = [formatTemperature(run.temperatureC, units, locale), run.humidityPct === undefined ? null : t('cardHumidity', run.humidityPct)]
    .filter((c): c is string => c !== null)
    .join(', ');
  return t('cardWeather', run.forecast ? t('cardWeatherForecast', conditions, run.forecast.placeLabel, run.forecast.when) : t('cardWeatherTyped', conditions));
}

/** The plan as plain text a runner can paste into a note or a message to themselves. */
export function planCardText(run: PlannedRun, plan: Plan, units: Units, locale = 'en', products: readonly Product[] = []): string {
  const vol = (ml: number) => formatVolumeMl(ml, units, locale);
  const { before, during, after } = plan;
  const conditions = [
    t('cardMinutes', Math.round(run.durationMin)),
    run.temperatureC === undefined ? null : formatTemperature(run.temperatureC, units, locale),
    run.humidityPct === undefined ? null : t('cardHumidity', run.humidityPct),
  ].filter((c): c is string => c !== null);
  const duringLine =
    during.strategy === 'schedule' && during.sipEveryMin && during.sipMl
      ? t('cardDuring', vol(during.sipMl), during.sipEveryMin, vol(during.fluidMlPerH), during.sodiumMgPerH, during.carbsGPerH)
      : during.fluidMlPerH > 0
        ? t('cardDuringThirst', vol(during.fluidMlPerH), during.sodiumMgPerH, during.carbsGPerH)
        : [t('cardDuringNone'), during.carbsGPerH > 0 ? t('cardDuringCarbs', during.carbsGPerH) : ''].join(' ').trim();
  const afterLines = [
    after.fluidMl > 0 ? t('cardAfterFluid', vol(after.fluidMl)) : after.fluidFrom === 'weighed' ? t('cardAfterNormal') : t('cardAfterThirst'),
    ...(after.withinMin > 0 ? [t('cardAfterRecovery', after.ifNextWithinH ?? 8, after.carbsG, after.proteinG, after.withinMin)] : []),
  ];
  const lines = [
    t('cardTitle', conditions.join(', ')),
    weatherLine(run, units, locale),
    t('cardBefore', `${vol(before.fluidMl)}${before.fluidMlHigh ? `–${vol(before.fluidMlHigh)}` : ''}`, before.when),
    duringLine,
    ...(during.items.length > 0 ? [t('cardItems', planItemsText(during.items, units, locale, products))] : (during.carry ?? []).map((c) => `  • ${c}`)),
    ...afterLines,
    t('cardFooter'),
  ];
  return lines.join('\n');
}
