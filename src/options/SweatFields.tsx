import { formatTemperature } from '../core/format';
import { rateUnit } from './format';
import { t } from '../platform/i18n';
import type { FormErrors, ProfileFormValues } from './profile-form';
import { SaltyChecklist } from './SaltyChecklist';
import { TextField } from './TextField';

interface Props {
  values: ProfileFormValues;
  errors: FormErrors;
  onChange: (values: ProfileFormValues) => void;
}

/** Measured sweat rate and sodium. Labels carry "Sweat rate" and "Sweat sodium" (tests rely on them). */
export function SweatFields({ values, errors, onChange }: Props) {
  return (
    <fieldset>
      <legend>{t('optionsSweatLegend')}</legend>
      <TextField
        id="sweatRate"
        label={t('optionsSweatRate', rateUnit(values.units))}
        value={values.sweatRate}
        hint={t('optionsSweatRateHint', formatTemperature(20, values.units))}
        error={errors.sweatRate}
        onInput={(sweatRate) => onChange({ ...values, sweatRate })}
      />
      <TextField
        id="sweatSodium"
        label={t('optionsSweatSodium')}
        value={values.sweatSodium}
        hint={t('optionsSweatSodiumHint')}
        error={errors.sweatSodium}
        onInput={(sweatSodium) => onChange({ ...values, sweatSodium })}
      />
      <SaltyChecklist
        signs={values.saltySigns}
        saltySweater={values.saltySweater}
        onChange={(saltySigns, saltySweater) => onChange({ ...values, saltySigns, saltySweater })}
      />
    </fieldset>
  );
}
