import { CRAMP_MUSCLES, type ProfileFormValues } from './profile-form';

interface Props {
  values: ProfileFormValues;
  onChange: (values: ProfileFormValues) => void;
}

const MUSCLE_LABELS: Record<(typeof CRAMP_MUSCLES)[number], string> = {
  calves: 'Calves',
  hamstrings: 'Hamstrings',
  quads: 'Quads',
  feet: 'Feet',
  other: 'Other',
};

/** How often runs end in cramps, and where: a history of cramps raises the risk Cramp Check reports. */
export function CrampFields({ values, onChange }: Props) {
  const toggle = (muscle: string, on: boolean) =>
    onChange({ ...values, crampMuscles: CRAMP_MUSCLES.filter((m) => (m === muscle ? on : values.crampMuscles.includes(m))) });
  return (
    <fieldset>
      <legend>Cramp history</legend>
      <div class="field">
        <label for="crampHistory">How often do runs end in cramps?</label>
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
      <fieldset class="inline">
        <legend>Which muscles cramp?</legend>
        {CRAMP_MUSCLES.map((muscle) => (
          <div class="field check" key={muscle}>
            <input
              id={`cramp-${muscle}`}
              type="checkbox"
              checked={values.crampMuscles.includes(muscle)}
              onChange={(e) => toggle(muscle, (e.target as HTMLInputElement).checked)}
            />
            <label for={`cramp-${muscle}`}>{MUSCLE_LABELS[muscle]}</label>
          </div>
        ))}
      </fieldset>
    </fieldset>
  );
}
