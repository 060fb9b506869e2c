import { useState } from 'preact/hooks';
import type { Profile, SweatTest } from '../core/profile';
import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import { CrampFields } from './CrampFields';
import { unitsToShow } from '../core/locale-units';
import { roundDigits } from '../core/round';
import { toShown } from '../core/units';
import { type FormErrors, type ProfileFormValues, type ProfileSection, sectionFromFormValues, toFormValues } from './profile-form';
import { SectionForm, type SectionStatus } from './SectionForm';
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


const IDLE: Record<ProfileSection, SectionStatus> = { body: { kind: 'idle' }, sweat: { kind: 'idle' }, cramp: { kind: 'idle' } };

/** The typed fields of each section (PROFILE_SECTIONS names the profile keys they become). */
const SECTION_FIELDS: Record<ProfileSection, (keyof ProfileFormValues)[]> = {
  body: ['units', 'bodyMass', 'height', 'sex'],
  sweat: ['sweatRate', 'sweatSodium', 'saltySweater', 'saltySigns'],
  cramp: ['crampHistory', 'crampMuscles'],
};

/** Until a profile is saved, the form starts in the units every surface shows (core/locale-units.ts). */
function initialValues(state: ProfileState, locale: string): ProfileFormValues {
  return toFormValues({ ...state.profile, units: unitsToShow(state.profile, locale, state.settings.pageUnits) });
}

/** The sweat profile form. A refused entry saves nothing and keeps the typed text in place. */
export function ProfileForm({ state, locale, today, saveProfile }: Props) {
  const [values, setValues] = useState(() => initialValues(state, locale));
  const [errors, setErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState<Record<ProfileSection, SectionStatus>>(IDLE);
  const report = (section: ProfileSection, next: SectionStatus) => setStatus((s) => ({ ...s, [section]: next }));

  // A section sends only its own fields (merged by the background against what this page loaded).
  const save = (section: ProfileSection) => async () => {
    const result = sectionFromFormValues(values, state.profile, section);
    const fields = SECTION_FIELDS[section];
    const kept = Object.fromEntries(Object.entries(errors).filter(([field]) => !fields.includes(field as keyof ProfileFormValues)));
    if ('errors' in result) {
      setErrors({ ...kept, ...result.errors });
      report(section, { kind: 'error', message: t('optionsNothingSaved') });
      return;
    }
    setErrors(kept);
    try {
      await saveProfile(result.profile);
      report(section, { kind: 'saved' });
    } catch (e) {
      report(section, { kind: 'error', message: t('optionsSaveFailed', errorText(e)) });
    }
  };

  // Weigh-in tests and "use as my sweat rate" apply at once, on top of the saved profile, so
  // unsaved (maybe invalid) typing elsewhere in the form is neither committed nor lost.
  // A profile never saved takes the units on screen with it, so every surface keeps showing them.
  const onScreen = (): Profile => (Object.keys(state.profile).length <= 1 ? { ...state.profile, units: values.units } : state.profile);
  const saveTests = (sweatTests: SweatTest[]) => saveProfile({ ...onScreen(), sweatTests });
  const adoptRate = async (sweatRateLph: number) => {
    await saveProfile({ ...onScreen(), sweatRateLph });
    setValues((v) => ({ ...v, sweatRate: String(roundDigits(toShown('volume', sweatRateLph, v.units), 2)) }));
  };
  const edit = (next: ProfileFormValues) => {
    // A section's "Saved." goes once its fields change again.
    const changed = (Object.keys(SECTION_FIELDS) as ProfileSection[]).filter((s) => SECTION_FIELDS[s].some((f) => next[f] !== values[f]));
    setValues(next);
    setStatus((s) => ({ ...s, ...Object.fromEntries(changed.map((c) => [c, { kind: 'idle' }])) }));
  };

  return (
    <>
      <SectionForm id="body" label={t('optionsBodyLegend')} saveLabel={t('optionsSaveBody')} status={status.body} onSave={save('body')}>
        <ProfileFields values={values} errors={errors} onChange={edit} />
      </SectionForm>
      <SectionForm id="sweat" label={t('optionsSweatLegend')} saveLabel={t('optionsSaveSweat')} status={status.sweat} onSave={save('sweat')}>
        <SweatFields values={values} errors={errors} onChange={edit} />
      </SectionForm>
      {/* Saves each test as it is added or removed (its own button and status). */}
      <div class="options-form">
        <WeighInTest units={values.units} tests={state.profile.sweatTests ?? []} today={today} saveTests={saveTests} adoptRate={adoptRate} />
      </div>
      <SectionForm id="cramp" label={t('optionsCrampLegend')} saveLabel={t('optionsSaveCramp')} status={status.cramp} onSave={save('cramp')}>
        <CrampFields values={values} onChange={edit} />
      </SectionForm>
    </>
  );
}
