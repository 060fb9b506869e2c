import { unitSymbol } from '../core/units';
import { t } from '../platform/i18n';
import type { FormErrors, ProfileFormValues } from './profile-form';
import { switchUnits } from './profile-form';
import { TextField } from './TextField';

interface Props {
  values: ProfileFormValues;
  errors: FormErrors;
  onChange: (values: ProfileFormValues) => void;
}

/** Units, body mass, height and sex. Labels carry "Body mass" and "Height" (tests rely on them). */
export function ProfileFields({ values, errors, onChange }: Props) {
  return (
    <fieldset>
      <legend>{t('optionsBodyLegend')}</legend>
      <div class="field">
        <label for="units">{t('optionsUnits')}</label>
        <select id="units" value={values.units} onChange={(e) => onChange(switchUnits(values, (e.target as HTMLSelectElement).value as ProfileFormValues['units']))}>
          <option value="metric">{t('optionsUnitsMetric')}</option>
          <option value="imperial">{t('optionsUnitsImperial')}</option>
        </select>
      </div>
      <TextField
        id="bodyMass"
        label={t('optionsBodyMass', unitSymbol('mass', values.units))}
        value={values.bodyMass}
        hint={t('optionsBodyMassHint')}
        error={errors.bodyMass}
        onInput={(bodyMass) => onChange({ ...values, bodyMass })}
      />
      <TextField
        id="height"
        label={t('optionsHeight', unitSymbol('height', values.units))}
        value={values.height}
        hint={t('optionsHeightHint')}
        error={errors.height}
        onInput={(height) => onChange({ ...values, height })}
      />
      <div class="field">
        <label for="sex">{t('optionsSex')}</label>
        <select
          id="sex"
          value={values.sex}
          aria-describedby="sex-hint"
          onChange={(e) => onChange({ ...values, sex: (e.target as HTMLSelectElement).value as ProfileFormValues['sex'] })}
        >
          <option value="">{t('optionsSexUnset')}</option>
          <option value="female">{t('optionsSexFemale')}</option>
          <option value="male">{t('optionsSexMale')}</option>
        </select>
        <small id="sex-hint">{t('optionsSexHint')}</small>
      </div>
    </fieldset>
  );
}
