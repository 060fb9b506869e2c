import { type MessageKey, t } from '../platform/i18n';
import { MUSCLES as CRAMP_MUSCLES, type Muscle } from '../core/limits';
import type { ProfileFormValues } from './profile-form';

interface Props {
  values: ProfileFormValues;
  onChange: (values: ProfileFormValues) => void;
}

const MUSCLE_LABELS: Record<Muscle, MessageKey> = {
  calves: 'optionsMuscleCalves',
  hamstrings: 'optionsMuscleHamstrings',
  quads: 'optionsMuscleQuads',
  feet: 'optionsMuscleFeet',
  other: 'optionsMuscleOther',
};

/** How often runs end in cramps, and where: a history of cramps raises the risk Cramp Check reports. */
export function CrampFields({ values, onChange }: Props) {
  const toggle = (muscle: string, on: boolean) =>
    onChange({ ...values, crampMuscles: CRAMP_MUSCLES.filter((m) => (m === muscle ? on : values.crampMuscles.includes(m))) });
  return (
    <fieldset>
      <legend>{t('optionsCrampLegend')}</legend>
      <div class="field">
        <label for="crampHistory">{t('optionsCrampHowOften')}</label>
        <select
          id="crampHistory"
          value={values.crampHistory}
          onChange={(e) => onChange({ ...values, crampHistory: (e.target as HTMLSelectElement).value as ProfileFormValues['crampHistory'] })}
        >
          <option value="">{t('optionsCrampNotSet')}</option>
          <option value="never">{t('optionsCrampNever')}</option>
          <option value="sometimes">{t('optionsCrampSometimes')}</option>
          <option value="often">{t('optionsCrampOften')}</option>
        </select>
      </div>
      <fieldset class="inline">
        <legend>{t('optionsCrampMuscles')}</legend>
        {CRAMP_MUSCLES.map((muscle) => (
          <div class="field check" key={muscle}>
            <input
              id={`cramp-${muscle}`}
              type="checkbox"
              checked={values.crampMuscles.includes(muscle)}
              onChange={(e) => toggle(muscle, (e.target as HTMLInputElement).checked)}
            />
            <label for={`cramp-${muscle}`}>{t(MUSCLE_LABELS[muscle])}</label>
          </div>
        ))}
      </fieldset>
    </fieldset>
  );
}
