import { useState } from 'preact/hooks';
import type { Activity } from '../core/activity';
import type { Plan } from '../core/analysis';
import type { Units } from '../core/profile';
import { t } from '../platform/i18n';
import { send } from '../platform/messaging';
import { planCardText } from '../ui/plan-card';

interface Props {
  units: Units;
  locale: string;
}

const toC = (value: number, units: Units) => (units === 'imperial' ? ((value - 32) * 5) / 9 : value);

/** Next-run planner: duration and expected weather → before / during / after, with a card to copy. */
export function Planner({ units, locale }: Props) {
  const [duration, setDuration] = useState('60');
  const [temperature, setTemperature] = useState('');
  const [humidity, setHumidity] = useState('');
  const [result, setResult] = useState<{ plan: Plan; card: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const plan = async (event: Event) => {
    event.preventDefault();
    const durationMin = Number(duration.replace(',', '.'));
    const temperatureC = temperature.trim() === '' ? undefined : toC(Number(temperature.replace(',', '.')), units);
    const humidityPct = humidity.trim() === '' ? undefined : Number(humidity);
    if (!(durationMin > 0 && durationMin <= 24 * 60)) return setError(t('plannerBadDuration'));
    if (temperatureC !== undefined && !(temperatureC >= -40 && temperatureC <= 55)) return setError(t('plannerBadTemperature'));
    if (humidityPct !== undefined && !(humidityPct >= 0 && humidityPct <= 100)) return setError(t('plannerBadHumidity'));
    setError(null);
    const activity: Activity = { source: 'manual', sport: 'run', movingS: durationMin * 60, temperatureC, humidityPct };
    try {
      const { analysis } = await send({ type: 'analyze-manual', activity });
      const run = { durationMin, temperatureC, humidityPct };
      setResult({ plan: analysis.plan, card: planCardText(run, analysis.plan, units, locale) });
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
          {t('fieldTemperature', units === 'imperial' ? '°F' : '°C')}
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
        <>
          <pre class="plan-card" data-testid="plan-card">
            {result.card}
          </pre>
          <button
            type="button"
            onClick={() => navigator.clipboard.writeText(result.card).then(() => setCopied(true), () => setCopied(false))}
          >
            {t(copied ? 'plannerCopied' : 'plannerCopy')}
          </button>
        </>
      )}
    </section>
  );
}
