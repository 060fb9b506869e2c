import { RaceLink } from '../ui/RaceLink';
import { useEffect, useState } from 'preact/hooks';
import { activeTabId } from '../platform/actions';
import type { Analyzed } from '../platform/messages';
import { browserLocale, t, uiLanguage } from '../platform/i18n';
import { send } from '../platform/messaging';
import { unitsToShow } from '../core/locale-units';
import type { Units } from '../core/profile';
import type { Product } from '../core/product';
import { AnalysisSummary } from '../ui/AnalysisSummary';
import { HistoryView } from './HistoryView';
import { Planner } from './Planner';
import type { ForecastDeps } from './planner-forecast';
import { hasWeatherAccess } from '../platform/weather-access';
import { lastStartPoint } from '../platform/weather-cache';

type Loaded = { analyzed: Analyzed | null; fromThisTab: boolean; units: Units; products: Product[]; forecast: ForecastDeps | null };

/** The planner's forecast, only with the weather opt-in on and Open-Meteo's hosts granted. */
async function forecastDeps(weatherLookup: boolean | undefined): Promise<ForecastDeps | null> {
  if (weatherLookup !== true || !(await hasWeatherAccess().catch(() => false))) return null;
  const lastPoint = await lastStartPoint().catch(() => null);
  return { fetch: (input, init) => fetch(input, init), now: () => new Date(), language: uiLanguage(), lastPoint };
}

/** The toolbar popup: this tab's analysis, else the last one made. */
export function PopupApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    (async () => {
      const tabId = await activeTabId();
      const forTab = tabId === null ? null : await send({ type: 'get-tab-analysis', tabId });
      const analyzed = forTab ?? (await send({ type: 'get-last-analysis' }));
      const { profile, settings } = await send({ type: 'get-profile' });
      setLoaded({ analyzed, fromThisTab: forTab !== null, units: unitsToShow(profile, browserLocale(), settings.pageUnits), products: profile.products ?? [], forecast: await forecastDeps(settings.weatherLookup) });
    })().catch((e) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <div class="popup-body">
      <h1>Cramp Check</h1>
      {error && (
        <p class="error" role="alert">
          {t('popupLoadFailed', error)}
        </p>
      )}
      {!loaded && !error && <p>{t('loading')}</p>}
      {loaded && !loaded.analyzed && <p>{t('popupOpenActivity')}</p>}
      {loaded?.analyzed && (
        <section aria-labelledby="analysis-title">
          <h2 id="analysis-title">{t(loaded.fromThisTab ? 'popupThisActivity' : 'popupLastActivity')}</h2>
          <AnalysisSummary analyzed={loaded.analyzed} units={loaded.units} locale={uiLanguage()} products={loaded.products} />
        </section>
      )}
      {loaded && <Planner units={loaded.units} locale={uiLanguage()} forecast={loaded.forecast} products={loaded.products} />}
      <RaceLink />
      {loaded && <HistoryView units={loaded.units} locale={uiLanguage()} />}
    </div>
  );
}
