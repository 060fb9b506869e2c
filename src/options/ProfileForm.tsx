import { useState } from 'preact/hooks';
import type { Profile, SweatTest } from '../core/profile';
import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import { CrampFields } from './CrampFields';
import { unitsToShow } from '../core/locale-units';
import { roundDigits } from '../core/round';
import { toShown } from '../core/units';
import { type FormErrors, fromFormValues, type ProfileFormValues, toFormValues } from './profile-form';
import { ProfileFields } from './ProfileFields';
import { SweatFields } from './SweatFields';
import { errorText } from './use-profile-state';
import { WeighInTest } from './WeighInTest';

interface Props {
  state: ProfileState;
  locale: string;
  today: () => Date;
  saveProfile: (profile: Profile) => Promise<ProfileState>;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** Until a profile is saved, the form starts in the units every surface shows (core/locale-units.ts). */
function initialValues(state: ProfileState, locale: string): ProfileFormValues {
  return toFormValues({ ...state.profile, units: unitsToShow(state.profile, locale, state.settings.pageUnits) });
}

/** The sweat profile form. A refused entry saves nothing and keeps the typed text in place. */
export function ProfileForm({ state, locale, today, saveProfile }: Props) {
  const [values, setValues] = useState(() => initialValues(state, locale));
  const [errors, setErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const save = async (event: Event) => {
    event.preventDefault();
    const result = fromFormValues(values, state.profile);
    if ('errors' in result) {
      setErrors(result.errors);
      setStatus({ kind: 'error', message: t('optionsNothingSaved') });
      return;
    }
    setErrors({});
    try {
      await saveProfile(result.profile);
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'error', message: t('optionsSaveFailed', errorText(e)) });
    }
  };

  // Weigh-in tests and "use as my sweat rate" apply at once, on top of the saved profile, so
  // unsaved (maybe invalid) typing elsewhere in the form is neither committed nor lost.
  const saveTests = (sweatTests: SweatTest[]) => saveProfile({ ...state.profile, sweatTests });
  const adoptRate = async (sweatRateLph: number) => {
    await saveProfile({ ...state.profile, sweatRateLph });
    setValues((v) => ({ ...v, sweatRate: String(roundDigits(toShown('volume', sweatRateLph, v.units), 2)) }));
  };
  const edit = (next: ProfileFormValues) => {
    setValues(next);
    setStatus({ kind: 'idle' });
  };

  return (
    <form class="options-form" onSubmit={save} noValidate aria-label={t('optionsFormLabel')}>
      <ProfileFields values={values} errors={errors} onChange={edit} />
      <SweatFields values={values} errors={errors} onChange={edit} />
      <WeighInTest units={values.units} tests={state.profile.sweatTests ?? []} today={today} saveTests={saveTests} adoptRate={adoptRate} />
      <CrampFields values={values} onChange={edit} />
      <div class="actions">
        <button type="submit">{t('optionsSave')}</button>
        <span id="save-status" role="status">{status.kind === 'saved' && t('optionsSaved')}</span>
        <span role="alert" class="error">
          {status.kind === 'error' && status.message}
        </span>
      </div>
    </form>
  );
}
