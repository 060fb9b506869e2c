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
      <legend>Sweat</legend>
      <TextField
        id="sweatRate"
        label="Sweat rate (L/h), measured"
        value={values.sweatRate}
        hint="From a weigh-in test (below): used as given."
        error={errors.sweatRate}
        onInput={(sweatRate) => onChange({ ...values, sweatRate })}
      />
      <TextField
        id="sweatSodium"
        label="Sweat sodium (mg/L)"
        value={values.sweatSodium}
        hint="From a sweat-patch or lab test; typical is about 920 mg/L."
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
