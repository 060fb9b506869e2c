import { type MessageKey, t } from '../platform/i18n';
import { SALTY_SIGNS, type SaltySign } from './profile-form';

const SIGN_LABELS: Record<SaltySign, MessageKey> = {
  saltMarks: 'optionsSaltyMarks',
  stingingEyes: 'optionsSaltyStingingEyes',
  saltyTaste: 'optionsSaltyTaste',
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
      <legend>{t('optionsSaltyLegend')}</legend>
      {SALTY_SIGNS.map((sign) => (
        <div class="field check" key={sign}>
          <input id={`salty-${sign}`} type="checkbox" checked={signs.includes(sign)} onChange={(e) => toggle(sign, (e.target as HTMLInputElement).checked)} />
          <label for={`salty-${sign}`}>{t(SIGN_LABELS[sign])}</label>
        </div>
      ))}
      <p id="salty-verdict" aria-live="polite">
        {t(saltySweater ? 'optionsSaltyYes' : 'optionsSaltyNo')}
      </p>
    </fieldset>
  );
}
