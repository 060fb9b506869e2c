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
  const imperial = values.units === 'imperial';
  return (
    <fieldset>
      <legend>Body</legend>
      <div class="field">
        <label for="units">Units</label>
        <select id="units" value={values.units} onChange={(e) => onChange(switchUnits(values, (e.target as HTMLSelectElement).value as ProfileFormValues['units']))}>
          <option value="metric">Metric (kg, km, °C)</option>
          <option value="imperial">Imperial (lb, mi, °F)</option>
        </select>
      </div>
      <TextField
        id="bodyMass"
        label={`Body mass (${imperial ? 'lb' : 'kg'})`}
        value={values.bodyMass}
        hint="Used to scale sweat and fuel amounts."
        error={errors.bodyMass}
        onInput={(bodyMass) => onChange({ ...values, bodyMass })}
      />
      <TextField
        id="height"
        label={`Height (${imperial ? 'in' : 'cm'})`}
        value={values.height}
        hint="Sharpens the sweat-rate estimate."
        error={errors.height}
        onInput={(height) => onChange({ ...values, height })}
      />
      <div class="field">
        <label for="sex">Sex (optional)</label>
        <select
          id="sex"
          value={values.sex}
          aria-describedby="sex-hint"
          onChange={(e) => onChange({ ...values, sex: (e.target as HTMLSelectElement).value as ProfileFormValues['sex'] })}
        >
          <option value="">Prefer not to say</option>
          <option value="female">Female</option>
          <option value="male">Male</option>
        </select>
        <small id="sex-hint">Only picks typical defaults when nothing was measured.</small>
      </div>
    </fieldset>
  );
}
