import { useState } from 'preact/hooks';
import type { Activity } from '../core/activity';
import type { Plan } from '../core/analysis';
import type { Analyzed } from '../platform/messages';
import { shownFindings } from '../ui/advice';
import { Estimates } from '../ui/Estimates';
import { SafetyNotes } from '../ui/SafetyNotes';
import { unbroken } from '../ui/unbroken';
import { formatNumber } from '../core/format';
import { ACTIVITY_LIMITS as L, MANUAL_LIMITS, withinRange } from '../core/limits';
import { shownRange, toStored, type Units, unitSymbol } from '../core/units';
import { t } from '../platform/i18n';
import { send } from '../platform/messaging';
import { type PlannedRun, planCardText } from '../ui/plan-card';
import type { Product } from '../core/product';
import { type ForecastInputs, ForecastFields, nextHour } from './ForecastFields';
import { type ForecastDeps, forecastFor } from './planner-forecast';

interface Props {
  units: Units;
  locale: string;
  /** The weather opt-in is on and granted: empty weather fields are filled from the forecast. */
  forecast?: ForecastDeps | null;
  /** The runner's products, so the card names a drink's volume. */
  products?: readonly Product[];
}

/** "5:30" → 5.5, "5.5" or "5,5" → 5.5; null when not a pace. */
export function paceMinutes(text: string): number | null {
  const m = /^\s*(\d{1,2})(?::([0-5]\d))?(?:[.,](\d+))?\s*$/.exec(text);
  if (!m) return null;
  const minutes = Number(m[1]) + (m[2] ? Number(m[2]) / 60 : 0) + (m[3] && !m[2] ? Number(`0.${m[3]}`) : 0);
  return minutes > 0 ? minutes : null;
}


/** What to do on the planned run: each shown finding's advice, without the past-tense "may have contributed". */
function PlannedAdvice({ analyzed }: { analyzed: Analyzed }) {
  const advice = shownFindings(analyzed.analysis.findings, 3);
  if (advice.length === 0) return null;
  return (
    <>
      <h3>{t('plannerForThisRun')}</h3>
      <ul class="planner-advice">
        {advice.map((f) => (
          <li key={f.id} data-finding={f.id}>
            {unbroken(f.nextTime)}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Analyze a run typed in by hand (any site, or none), or plan the next one: duration, distance and
 * weather → the same analysis as on an activity page, and a before / during / after card to copy.
 */
export function Planner({ units, locale, forecast = null, products = [] }: Props) {
  const [duration, setDuration] = useState('60');
  const [distance, setDistance] = useState('');
  const [pace, setPace] = useState('');
  const [temperature, setTemperature] = useState('');
  const [humidity, setHumidity] = useState('');
  const [result, setResult] = useState<{ analyzed: Analyzed; plan: Plan; card: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [when, setWhen] = useState<ForecastInputs>(() => nextHour(forecast?.now() ?? new Date()));

  const plan = async (event: Event) => {
    event.preventDefault();
    const distanceKmOrMi = distance.trim() === '' ? undefined : Number(distance.replace(',', '.'));
    // Duration as typed, else distance × pace ("5:30" or "5.5" min per km or mi).
    const paceMin = paceMinutes(pace);
    const durationMin = duration.trim() !== '' ? Number(duration.replace(',', '.')) : distanceKmOrMi !== undefined && paceMin !== null ? distanceKmOrMi * paceMin : Number.NaN;
    const temperatureC = temperature.trim() === '' ? undefined : toStored('temperature', Number(temperature.replace(',', '.')), units);
    const humidityPct = humidity.trim() === '' ? undefined : Number(humidity);
    const distanceM = distanceKmOrMi === undefined ? undefined : toStored('distance', distanceKmOrMi, units);
    // The limits a stored activity has (limits.ts): the background refuses anything outside them.
    if (!(durationMin <= 24 * 60 && withinRange(L.movingS, durationMin * 60))) return setError(t('plannerBadDuration'));
    // Refused with the range the runner can type, in their units.
    const outside = (label: string, range: { min: number; max: number }) =>
      setError(t('optionsOutOfRange', label, formatNumber(range.min, 2, locale, { grouping: false }), formatNumber(range.max, 2, locale, { grouping: false })));
    if (temperatureC !== undefined && !withinRange(L.temperatureC, temperatureC))
      return outside(t('fieldTemperature', unitSymbol('temperature', units)), shownRange('temperature', L.temperatureC, units, 0));
    if (humidityPct !== undefined && !withinRange(L.humidityPct, humidityPct)) return setError(t('plannerBadHumidity'));
    if (distanceM !== undefined && !withinRange(MANUAL_LIMITS.distanceM, distanceM))
      return outside(t('fieldDistance', unitSymbol('distance', units)), shownRange('distance', MANUAL_LIMITS.distanceM, units, 2));
    setError(null);
    const run: PlannedRun = { durationMin, temperatureC, humidityPct };
    let temperatureHighC: number | undefined;
    // Typed values win: the forecast fills only what was left empty (and only with the opt-in).
    if (forecast && temperatureC === undefined) {
      const found = await forecastFor({ ...when, durationS: durationMin * 60 }, forecast);
      if (!found.ok) return setError(found.message);
      temperatureHighC = found.temperatureHighC;
      Object.assign(run, { temperatureC: found.temperatureC, humidityPct: humidityPct ?? found.humidityPct ?? undefined, forecast: { placeLabel: found.placeLabel, when: `${when.date} ${when.time}` } });
    }
    const activity: Activity = { source: 'manual', sport: 'run', movingS: durationMin * 60, distanceM, temperatureC: run.temperatureC, temperatureHighC, humidityPct: run.humidityPct };
    try {
      const analyzed = await send({ type: 'analyze-manual', activity });
      const { analysis } = analyzed;
      setResult({ analyzed, plan: analysis.plan, card: planCardText(run, analysis.plan, units, locale, products) });
      setCopied(false);
    } catch (e) {
      setError(t('plannerFailed', e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <section class="planner" aria-labelledby="planner-title">
      <h2 id="planner-title">{t('plannerTitle')}</h2>
      <form onSubmit={plan} class="planner-form">
        <label>
          {t('plannerDuration')}
          <input inputMode="decimal" value={duration} onInput={(e) => setDuration((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('fieldDistance', unitSymbol('distance', units))}
          <input inputMode="decimal" value={distance} onInput={(e) => setDistance((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('plannerPace', unitSymbol('distance', units))}
          <input inputMode="decimal" placeholder="5:30" aria-describedby="planner-pace-hint" value={pace} onInput={(e) => setPace((e.target as HTMLInputElement).value)} />
        </label>
        <p id="planner-pace-hint" class="hint planner-hint">
          {t('plannerPaceHint')}
        </p>
        {forecast && <ForecastFields value={when} onChange={setWhen} />}
        <label>
          {t('fieldTemperature', unitSymbol('temperature', units))}
          <input inputMode="decimal" value={temperature} onInput={(e) => setTemperature((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('fieldHumidity')}
          <input inputMode="decimal" value={humidity} onInput={(e) => setHumidity((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t('plannerPlan')}</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div class="summary planned" data-risk={result.analyzed.analysis.crampRisk.level}>
          {/* The plan first: this is a run still to come, so what to do leads and nothing is worded as past. */}
          <pre class="plan-card" data-testid="plan-card">
            {result.card}
          </pre>
          <button
            type="button"
            onClick={() => navigator.clipboard.writeText(result.card).then(() => setCopied(true), () => setCopied(false))}
          >
            {t(copied ? 'plannerCopied' : 'plannerCopy')}
          </button>
          <SafetyNotes notes={result.analyzed.analysis.safety} />
          <Estimates analysis={result.analyzed.analysis} units={units} locale={locale} />
          <PlannedAdvice analyzed={result.analyzed} />
        </div>
      )}
    </section>
  );
}
