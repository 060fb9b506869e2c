import type { ActivityDraft } from '../core/activity';
import type { Units } from '../core/profile';
import { t } from '../platform/i18n';

export type ManualField = 'movingS' | 'distanceM' | 'temperatureC' | 'humidityPct';

interface FieldSpec {
  label: (units: Units) => string;
  /** Turns what the runner typed into SI, or null when it is not a sensible value. */
  toSi: (value: number, units: Units) => number | null;
  step: string;
}

const FIELDS: Record<ManualField, FieldSpec> = {
  movingS: { label: () => t('fieldMovingMin'), toSi: (v) => (v > 0 && v < 10_000 ? v * 60 : null), step: '1' },
  distanceM: {
    label: (u) => t('fieldDistance', u === 'imperial' ? 'mi' : 'km'),
    toSi: (v, u) => (v > 0 && v < 1000 ? v * (u === 'imperial' ? 1609.344 : 1000) : null),
    step: '0.01',
  },
  temperatureC: {
    label: (u) => t('fieldTemperature', u === 'imperial' ? '°F' : '°C'),
    toSi: (v, u) => {
      const c = u === 'imperial' ? ((v - 32) * 5) / 9 : v;
      return c >= -40 && c <= 55 ? Math.round(c * 10) / 10 : null;
    },
    step: '0.5',
  },
  humidityPct: { label: () => t('fieldHumidity'), toSi: (v) => (v >= 0 && v <= 100 ? v : null), step: '1' },
};

/** Reads the typed values into SI, or says which one is off. */
export function readManualEntry(form: HTMLFormElement, fields: ManualField[], units: Units): { draft: ActivityDraft } | { error: string } {
  const draft: ActivityDraft = {};
  for (const field of fields) {
    const text = (form.elements.namedItem(field) as HTMLInputElement | null)?.value.trim();
    if (!text) continue;
    const si = FIELDS[field].toSi(Number(text.replace(',', '.')), units);
    if (si === null) return { error: t('fieldLooksWrong', FIELDS[field].label(units), text) };
    draft[field] = si;
  }
  return Object.keys(draft).length > 0 ? { draft } : { error: t('enterOneValue') };
}

interface Props {
  fields: ManualField[];
  units: Units;
  error: string | null;
  onSubmit: (draft: ActivityDraft) => void;
  onInvalid: (message: string) => void;
}

/**
 * Asks only for what the page did not show. The inputs are uncontrolled, so what the runner
 * typed stays in place when a value is refused (and the content script needs no hooks).
 */
export function ManualEntry({ fields, units, error, onSubmit, onInvalid }: Props) {
  if (fields.length === 0) return null;
  const submit = (event: Event) => {
    event.preventDefault();
    const result = readManualEntry(event.currentTarget as HTMLFormElement, fields, units);
    if ('error' in result) onInvalid(result.error);
    else onSubmit(result.draft);
  };
  return (
    <form class="cc-manual" onSubmit={submit}>
      {fields.map((field) => (
        <label key={field}>
          <span>{FIELDS[field].label(units)}</span>
          <input name={field} type="number" inputMode="decimal" step={FIELDS[field].step} />
        </label>
      ))}
      {error && (
        <p class="cc-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">{t('useValues')}</button>
    </form>
  );
}
