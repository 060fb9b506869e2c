import type { ActivityDraft } from '../core/activity';
import { formatNumber } from '../core/format';
import { MANUAL_LIMITS, type ManualField, type Range } from '../core/limits';
import { shownRange, toStored, type Units, unitSymbol } from '../core/units';
import { t, uiLanguage } from '../platform/i18n';

export type { ManualField };

interface FieldSpec {
  label: (units: Units) => string;
  /**
   * The stored limits (limits.ts, the same storage and the schemas use) in the unit the runner
   * types, narrowed by what the page showed (moving time never beyond the elapsed time).
   */
  shown: (units: Units, elapsedS?: number) => Range;
  /** What the runner typed as the stored SI value. */
  toStored: (value: number, units: Units) => number;
  step: string;
}

const MINUTES: Range = { min: Math.ceil(MANUAL_LIMITS.movingS.min / 6) / 10, max: Math.floor(MANUAL_LIMITS.movingS.max / 60) };

const FIELDS: Record<ManualField, FieldSpec> = {
  movingS: {
    label: () => t('fieldMovingMin'),
    shown: (_, elapsedS) => (elapsedS === undefined ? MINUTES : { min: MINUTES.min, max: Math.min(MINUTES.max, Math.floor(elapsedS / 6) / 10) }),
    toStored: (v) => v * 60,
    step: '1',
  },
  distanceM: {
    label: (u) => t('fieldDistance', unitSymbol('distance', u)),
    shown: (u) => shownRange('distance', MANUAL_LIMITS.distanceM, u, 2),
    toStored: (v, u) => toStored('distance', v, u),
    step: '0.01',
  },
  temperatureC: {
    label: (u) => t('fieldTemperature', unitSymbol('temperature', u)),
    shown: (u) => shownRange('temperature', MANUAL_LIMITS.temperatureC, u, 1),
    toStored: (v, u) => Math.round(toStored('temperature', v, u) * 10) / 10,
    step: '0.5',
  },
  humidityPct: { label: () => t('fieldHumidity'), shown: () => MANUAL_LIMITS.humidityPct, toStored: (v) => v, step: '1' },
};

const plain = (n: number) => formatNumber(n, 2, uiLanguage(), { grouping: false });

/**
 * Reads the typed values into SI, or says which one is off: a value outside the limits storage
 * keeps (a 700 mi run) is refused here with the range, never stored and dropped on reload.
 */
export function readManualEntry(form: HTMLFormElement, fields: ManualField[], units: Units, elapsedS?: number): { draft: ActivityDraft } | { error: string } {
  const draft: ActivityDraft = {};
  for (const field of fields) {
    const text = (form.elements.namedItem(field) as HTMLInputElement | null)?.value.trim();
    if (!text) continue;
    const spec = FIELDS[field];
    const value = Number(text.replace(',', '.'));
    if (!Number.isFinite(value)) return { error: t('fieldLooksWrong', spec.label(units), text) };
    const { min, max } = spec.shown(units, elapsedS);
    if (value < min || value > max) return { error: t('optionsOutOfRange', spec.label(units), plain(min), plain(max)) };
    draft[field] = spec.toStored(value, units);
  }
  return Object.keys(draft).length > 0 ? { draft } : { error: t('enterOneValue') };
}

interface Props {
  fields: ManualField[];
  units: Units;
  /** The activity's elapsed time as the page showed it, if it did. */
  elapsedS?: number;
  error: string | null;
  onSubmit: (draft: ActivityDraft) => void;
  onInvalid: (message: string) => void;
}

/**
 * Asks only for what the page did not show. The inputs are uncontrolled, so what the runner
 * typed stays in place when a value is refused (and the content script needs no hooks).
 */
export function ManualEntry({ fields, units, elapsedS, error, onSubmit, onInvalid }: Props) {
  if (fields.length === 0) return null;
  const submit = (event: Event) => {
    event.preventDefault();
    const result = readManualEntry(event.currentTarget as HTMLFormElement, fields, units, elapsedS);
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
