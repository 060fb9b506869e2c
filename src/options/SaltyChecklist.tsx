import { SALTY_SIGNS, type SaltySign } from './profile-form';

const SIGN_LABELS: Record<SaltySign, string> = {
  saltMarks: 'White salt marks on my clothes or cap after a run',
  stingingEyes: 'Sweat stings my eyes',
  saltyTaste: 'My sweat tastes salty',
};

interface Props {
  signs: SaltySign[];
  saltySweater: boolean;
  onChange: (signs: SaltySign[], saltySweater: boolean) => void;
}

/** Without a lab test, two or more of these signs suggest saltier-than-typical sweat. */
export function SaltyChecklist({ signs, saltySweater, onChange }: Props) {
  const toggle = (sign: SaltySign, on: boolean) => {
    const next = SALTY_SIGNS.filter((s) => (s === sign ? on : signs.includes(s)));
    onChange(next, next.length >= 2);
  };
  return (
    <fieldset>
      <legend>No sweat test? Salty sweater checklist</legend>
      {SALTY_SIGNS.map((sign) => (
        <div class="field check" key={sign}>
          <input id={`salty-${sign}`} type="checkbox" checked={signs.includes(sign)} onChange={(e) => toggle(sign, (e.target as HTMLInputElement).checked)} />
          <label for={`salty-${sign}`}>{SIGN_LABELS[sign]}</label>
        </div>
      ))}
      <p id="salty-verdict" aria-live="polite">
        {saltySweater
          ? 'You count as a salty sweater: Cramp Check assumes saltier sweat than typical (two or more signs).'
          : 'Not a salty sweater: Cramp Check assumes typical sweat sodium. Two or more signs would change that.'}
      </p>
    </fieldset>
  );
}
