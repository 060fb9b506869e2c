import { useState } from 'preact/hooks';
import type { ActivityDraft } from '../core/activity';
import type { Units } from '../core/profile';

export type ManualField = 'movingS' | 'distanceM' | 'temperatureC' | 'humidityPct';

interface FieldSpec {
  label: (units: Units) => string;
  /** Turns what the runner typed into SI, or null when it is not a sensible value. */
  toSi: (value: number, units: Units) => number | null;
  step: string;
}

const FIELDS: Record<ManualField, FieldSpec> = {
  movingS: { label: () => 'Moving time (minutes)', toSi: (v) => (v > 0 && v < 10_000 ? v * 60 : null), step: '1' },
  distanceM: {
    label: (u) => `Distance (${u === 'imperial' ? 'mi' : 'km'})`,
    toSi: (v, u) => (v > 0 && v < 1000 ? v * (u === 'imperial' ? 1609.344 : 1000) : null),
    step: '0.01',
  },
  temperatureC: {
    label: (u) => `Temperature (${u === 'imperial' ? '°F' : '°C'})`,
    toSi: (v, u) => {
      const c = u === 'imperial' ? ((v - 32) * 5) / 9 : v;
      return c >= -40 && c <= 55 ? Math.round(c * 10) / 10 : null;
    },
    step: '0.5',
  },
  humidityPct: { label: () => 'Humidity (%)', toSi: (v) => (v >= 0 && v <= 100 ? v : null), step: '1' },
};

interface Props {
  fields: ManualField[];
  units: Units;
  onSubmit: (draft: ActivityDraft) => void;
}

/** Asks only for what the page did not show; keeps what was typed when a value is refused. */
export function ManualEntry({ fields, units, onSubmit }: Props) {
  const [values, setValues] = useState<Partial<Record<ManualField, string>>>({});
  const [error, setError] = useState<string | null>(null);
  if (fields.length === 0) return null;

  const submit = (event: Event) => {
    event.preventDefault();
    const draft: ActivityDraft = {};
    for (const field of fields) {
      const text = values[field]?.trim();
      if (!text) continue;
      const si = FIELDS[field].toSi(Number(text.replace(',', '.')), units);
      if (si === null) {
        setError(`${FIELDS[field].label(units)}: "${text}" doesn't look right.`);
        return;
      }
      draft[field] = si;
    }
    if (Object.keys(draft).length === 0) {
      setError('Enter at least one value.');
      return;
    }
    setError(null);
    onSubmit(draft);
  };

  return (
    <form class="cc-manual" onSubmit={submit}>
      {fields.map((field) => (
        <label key={field}>
          <span>{FIELDS[field].label(units)}</span>
          <input
            type="number"
            inputMode="decimal"
            step={FIELDS[field].step}
            value={values[field] ?? ''}
            onInput={(e) => setValues({ ...values, [field]: (e.target as HTMLInputElement).value })}
          />
        </label>
      ))}
      {error && (
        <p class="cc-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">Use these values</button>
    </form>
  );
}
