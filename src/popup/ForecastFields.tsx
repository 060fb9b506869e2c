import { HOUR_MS } from '../core/start-time';
import { t } from '../platform/i18n';

export interface ForecastInputs {
  date: string;
  time: string;
  place: string;
}

interface Props {
  value: ForecastInputs;
  onChange: (value: ForecastInputs) => void;
}

/** When and where the planned run is: shown only with the weather opt-in, for the forecast. */
export function ForecastFields({ value, onChange }: Props) {
  const set = (key: keyof ForecastInputs) => (e: Event) => onChange({ ...value, [key]: (e.target as HTMLInputElement).value });
  return (
    <>
      <label>
        {t('plannerDate')}
        <input type="date" value={value.date} onInput={set('date')} />
      </label>
      <label>
        {t('plannerStartTime')}
        <input type="time" value={value.time} onInput={set('time')} />
      </label>
      <label>
        {t('plannerPlace')}
        <input value={value.place} aria-describedby="planner-place-hint" onInput={set('place')} />
      </label>
      <p id="planner-place-hint" class="hint">
        {t('plannerPlaceHint')}
      </p>
    </>
  );
}

/** Today's date and the next full hour on this computer's clock, as the date and time inputs want them. */
export function nextHour(now: Date): ForecastInputs {
  const next = new Date(now.getTime() + HOUR_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}`, time: `${pad(next.getHours())}:00`, place: '' };
}
