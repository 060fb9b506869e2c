import { useState } from 'preact/hooks';
import { type SweatTest, sweatRateFromWeighIn, type Units } from '../core/index';
import { formatNumber, localIsoDate } from './format';
import { SavedTests } from './SavedTests';
import { TextField } from './TextField';
import { fluidUnit, massUnit, round, temperatureUnit } from './units';
import { errorText } from './use-profile-state';
import { blankWeighIn, parseWeighIn, type WeighInErrors, type WeighInField } from './weigh-in';
import { WeighInResult } from './WeighInResult';

interface Props {
  units: Units;
  tests: SweatTest[];
  today: () => Date;
  saveTests: (tests: SweatTest[]) => Promise<unknown>;
  adoptRate: (sweatRateLph: number) => Promise<void>;
}

/** The profile's sweat rate must be 0.1–5 L/h; anything else is refused before it is sent. */
const usableRate = (rate: number) => round(Math.min(5, Math.max(0.1, rate)), 2);

/** A built-in weigh-in test: weigh before and after a run, and the sweat rate follows. */
export function WeighInTest({ units, tests, today, saveTests, adoptRate }: Props) {
  const [values, setValues] = useState(() => blankWeighIn(localIsoDate(today())));
  const [errors, setErrors] = useState<WeighInErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const parsed = parseWeighIn(values, units);
  const live = 'test' in parsed ? sweatRateFromWeighIn(parsed.test) : null;
  // Errors show for what was typed wrong as soon as it is typed, and for blanks once "Save test" was tried.
  const shown = (field: WeighInField) => errors[field] ?? ('errors' in parsed && values[field].trim() !== '' ? parsed.errors[field] : undefined);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMessage({ ok: true, text: done });
    } catch (e) {
      setMessage({ ok: false, text: `Couldn't update your tests: ${errorText(e)}` });
    }
  };
  const saveTest = () => {
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      setMessage({ ok: false, text: 'Test not stored: fix the highlighted fields.' });
      return;
    }
    setErrors({});
    const rate = formatNumber(sweatRateFromWeighIn(parsed.test).sweatRateLph, 1);
    void run(async () => {
      await saveTests([...tests, parsed.test]);
      setValues(blankWeighIn(values.date));
    }, `Weigh-in test of ${parsed.test.date} added to your profile (${rate} L/h).`);
  };
  const adopt = (rate: number) => run(() => adoptRate(usableRate(rate)), `Your sweat rate is now ${formatNumber(usableRate(rate), 2)} L/h.`);
  const text = (field: WeighInField, label: string, hint: string, type: 'text' | 'date' = 'text') => (
    <TextField id={`weighIn-${field}`} label={label} value={values[field]} hint={hint} error={shown(field)} type={type}
      onInput={(value) => { setValues({ ...values, [field]: value }); setErrors({ ...errors, [field]: undefined }); }} />
  );
  const [m, f, t] = [massUnit(units), fluidUnit(units), temperatureUnit(units)];

  return (
    <fieldset>
      <legend>Weigh-in test</legend>
      <p class="hint">Weigh yourself nude and dry right before and after a run of about an hour. 1 kg lost is about 1 L of sweat.</p>
      {text('date', 'Test date', 'The day of the run.', 'date')}
      {text('before', `Weight before (${m})`, 'Right before the run.')}
      {text('after', `Weight after (${m})`, 'Right after, towelled dry.')}
      {text('drank', `Drank during the run (${f})`, 'Enter 0 if nothing.')}
      {text('urine', `Urine during the run (${f}), optional`, 'Leave blank if none.')}
      {text('durationH', 'Duration (h)', 'For example 1.5 for 90 minutes.')}
      {text('temperature', `Temperature (${t}), optional`, 'Lets the engine fit heat to your sweat rate.')}
      {text('humidity', 'Humidity (%), optional', '0 to 100.')}
      <div aria-live="polite">{live && <WeighInResult {...live} />}</div>
      <div class="actions">
        <button type="button" onClick={saveTest}>Save test</button>
        {live && (
          <button type="button" class="secondary" onClick={() => adopt(live.sweatRateLph)}>
            Use this as my sweat rate
          </button>
        )}
      </div>
      <p role={message?.ok === false ? 'alert' : 'status'} class={message?.ok === false ? 'error' : undefined}>{message?.text}</p>
      <SavedTests
        tests={tests}
        onDelete={(index) => run(() => saveTests(tests.filter((_, i) => i !== index)), 'Weigh-in test deleted.')}
        onUse={adopt}
      />
    </fieldset>
  );
}
