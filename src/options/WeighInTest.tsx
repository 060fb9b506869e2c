import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../platform/messaging';
import { ActivityWeighIns } from './ActivityWeighIns';
import { formatDuration, formatVolumeMl, personalSweatCurve, type SweatTest, sweatRateFromWeighIn, type Units } from '../core/index';
import { t } from '../platform/i18n';
import { formatRate, localIsoDate } from './format';
import { SavedTests } from './SavedTests';
import { SweatCurveChart } from './SweatCurveChart';
import { TextField } from './TextField';
import { PROFILE_LIMITS } from '../core/limits';
import { roundDigits as round } from '../core/round';
import { KG_PER_LB, unitSymbol } from '../core/units';
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
const usableRate = (rate: number) => round(Math.min(PROFILE_LIMITS.sweatRateLph.max, Math.max(PROFILE_LIMITS.sweatRateLph.min, rate)), 2);

/** A built-in weigh-in test: weigh before and after a run, and the sweat rate follows. */
export function WeighInTest({ units, tests, today, saveTests, adoptRate }: Props) {
  const [values, setValues] = useState(() => blankWeighIn(localIsoDate(today())));
  const [errors, setErrors] = useState<WeighInErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // Weigh-ins logged on activities count as tests too (core/weigh-ins.ts): listed and in the curve.
  const [activityTests, setActivityTests] = useState<SweatTest[]>([]);
  const loadActivityTests = useCallback(() => {
    send({ type: 'get-activity-weigh-ins' })
      .then(setActivityTests)
      .catch(() => setActivityTests([]));
  }, []);
  useEffect(loadActivityTests, [loadActivityTests]);
  const parsed = parseWeighIn(values, units);
  const live = 'test' in parsed ? sweatRateFromWeighIn(parsed.test) : null;
  // Errors show for what was typed wrong as soon as it is typed, and for blanks once "Save test" was tried.
  const shown = (field: WeighInField) => errors[field] ?? ('errors' in parsed && values[field].trim() !== '' ? parsed.errors[field] : undefined);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMessage({ ok: true, text: done });
    } catch (e) {
      setMessage({ ok: false, text: t('optionsTestsUpdateFailed', errorText(e)) });
    }
  };
  const saveTest = () => {
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      setMessage({ ok: false, text: t('optionsTestNotStored') });
      return;
    }
    setErrors({});
    const rate = formatRate(sweatRateFromWeighIn(parsed.test).sweatRateLph, units);
    void run(async () => {
      await saveTests([...tests, parsed.test]);
      setValues(blankWeighIn(values.date));
    }, t('optionsTestAdded', parsed.test.date, rate));
  };
  const adopt = (rate: number) => run(() => adoptRate(usableRate(rate)), t('optionsRateAdopted', formatRate(usableRate(rate), units)));
  const text = (field: WeighInField, label: string, hint: string, type: 'text' | 'date' = 'text') => (
    <TextField id={`weighIn-${field}`} label={label} value={values[field]} hint={hint} error={shown(field)} type={type}
      onInput={(value) => { setValues({ ...values, [field]: value }); setErrors({ ...errors, [field]: undefined }); }} />
  );
  const [m, f, deg] = [unitSymbol('mass', units), unitSymbol('volume', units), unitSymbol('temperature', units)];

  return (
    <fieldset>
      <legend>{t('optionsWeighInLegend')}</legend>
      {/* 1 kg of sweat is about 1 L; in imperial, 1 lb is about 15 fl oz. */}
      <p class="hint">{t('optionsWeighInIntro', units === 'imperial' ? '1 lb' : '1 kg', formatVolumeMl(units === 'imperial' ? KG_PER_LB * 1000 : 1000, units))}</p>
      {text('date', t('optionsTestDate'), t('optionsTestDateHint'), 'date')}
      {text('before', t('optionsWeightBefore', m), t('optionsWeightBeforeHint'))}
      {text('after', t('optionsWeightAfter', m), t('optionsWeightAfterHint'))}
      {text('drank', t('optionsDrankLabel', f), t('optionsDrankHint'))}
      {text('urine', t('optionsUrineLabel', f), t('optionsUrineHint'))}
      {text('durationMin', t('optionsDuration'), t('optionsDurationHint', 90, formatDuration(90 * 60)))}
      {text('temperature', t('optionsTemperatureLabel', deg), t('optionsTemperatureHint'))}
      {text('humidity', t('optionsHumidityLabel'), t('optionsHumidityHint'))}
      <div aria-live="polite">{live && <WeighInResult {...live} units={units} />}</div>
      <div class="actions">
        <button type="button" onClick={saveTest}>{t('optionsSaveTest')}</button>
        {live && (
          <button type="button" class="secondary" onClick={() => adopt(live.sweatRateLph)}>
            {t('optionsUseThisRate')}
          </button>
        )}
      </div>
      <p role={message?.ok === false ? 'alert' : 'status'} class={message?.ok === false ? 'error' : undefined}>{message?.text}</p>
      <SavedTests
        tests={tests}
        units={units}
        onDelete={(index) => run(() => saveTests(tests.filter((_, i) => i !== index)), t('optionsTestDeleted'))}
        onUse={adopt}
      />
      <ActivityWeighIns
        tests={activityTests}
        units={units}
        onRemove={(activityId) => run(() => send({ type: 'remove-activity-weights', activityId }).then(loadActivityTests), t('optionsTestDeleted'))}
      />
      {tests.length + activityTests.length > 0 && <SweatCurveChart curve={personalSweatCurve([...tests, ...activityTests])} units={units} />}
    </fieldset>
  );
}
