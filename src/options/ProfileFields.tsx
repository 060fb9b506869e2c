import type { FormErrors, ProfileFormValues } from './profile-form';

interface Props {
  values: ProfileFormValues;
  errors: FormErrors;
  onChange: (values: ProfileFormValues) => void;
}

type TextField = 'bodyMass' | 'height' | 'sweatRate' | 'sweatSodium';

/** Labels carry the words "Body mass", "Height", "Sweat rate", "Sweat sodium" (tests rely on them). */
export function ProfileFields({ values, errors, onChange }: Props) {
  const imperial = values.units === 'imperial';
  const text = (field: TextField, label: string, hint: string) => (
    <div class={`field${errors[field] ? ' invalid' : ''}`}>
      <label for={field}>{label}</label>
      <input
        id={field}
        name={field}
        inputMode="decimal"
        value={values[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={`${field}-hint`}
        onInput={(e) => onChange({ ...values, [field]: (e.target as HTMLInputElement).value })}
      />
      <small id={`${field}-hint`}>{errors[field] ?? hint}</small>
    </div>
  );
  return (
    <fieldset>
      <legend>Body and sweat</legend>
      <div class="field">
        <label for="units">Units</label>
        <select id="units" value={values.units} onChange={(e) => onChange({ ...values, units: (e.target as HTMLSelectElement).value as ProfileFormValues['units'] })}>
          <option value="metric">Metric (kg, km, °C)</option>
          <option value="imperial">Imperial (lb, mi, °F)</option>
        </select>
      </div>
      {text('bodyMass', `Body mass (${imperial ? 'lb' : 'kg'})`, 'Used to scale sweat and fuel amounts.')}
      {text('height', `Height (${imperial ? 'in' : 'cm'})`, 'Sharpens the sweat-rate estimate.')}
      {text('sweatRate', 'Sweat rate (L/h), measured', 'From a weigh-in test: used as given.')}
      {text('sweatSodium', 'Sweat sodium (mg/L)', 'From a sweat test; typical is about 920 mg/L.')}
      <div class="field check">
        <input
          id="saltySweater"
          type="checkbox"
          checked={values.saltySweater}
          onChange={(e) => onChange({ ...values, saltySweater: (e.target as HTMLInputElement).checked })}
        />
        <label for="saltySweater">I'm a salty sweater (white salt marks, stinging eyes, salty taste)</label>
      </div>
      <div class="field">
        <label for="crampHistory">Cramp history</label>
        <select
          id="crampHistory"
          value={values.crampHistory}
          onChange={(e) => onChange({ ...values, crampHistory: (e.target as HTMLSelectElement).value as ProfileFormValues['crampHistory'] })}
        >
          <option value="">Not set</option>
          <option value="never">Never</option>
          <option value="sometimes">Sometimes</option>
          <option value="often">Often</option>
        </select>
      </div>
    </fieldset>
  );
}
