import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../core/profile';
import type { ProfileState } from '../platform/messages';
import { send } from '../platform/messaging';
import { type FormErrors, fromFormValues, type ProfileFormValues, toFormValues } from './profile-form';
import { ProfileFields } from './ProfileFields';

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** The options page: the runner's personal sweat profile. */
export function OptionsApp() {
  const [state, setState] = useState<ProfileState | null>(null);
  const [values, setValues] = useState<ProfileFormValues | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    send({ type: 'get-profile' })
      .then((loaded) => {
        setState(loaded);
        setValues(toFormValues(loaded.profile));
      })
      .catch((e) => setStatus({ kind: 'error', message: `Couldn't load your profile: ${String(e?.message ?? e)}` }));
  }, []);

  if (!values) {
    return <p role={status.kind === 'error' ? 'alert' : undefined}>{status.kind === 'error' ? status.message : 'Loading…'}</p>;
  }

  const save = async (event: Event) => {
    event.preventDefault();
    const result = fromFormValues(values, state?.profile ?? ({ units: values.units } as Profile));
    if ('errors' in result) {
      setErrors(result.errors);
      setStatus({ kind: 'error', message: 'Nothing saved: fix the highlighted fields. Your saved profile is unchanged.' });
      return;
    }
    setErrors({});
    try {
      const saved = await send({ type: 'save-profile', profile: result.profile });
      setState(saved);
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'error', message: `Couldn't save: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  return (
    <form class="options-form" onSubmit={save} noValidate>
      <h1>Your sweat profile</h1>
      <p class="lead">
        Everything stays in this browser. The more you fill in, the sharper Cramp Check's estimates; every field is
        optional.
      </p>
      {state && state.recovered.length > 0 && (
        <p class="notice" role="status">
          Your saved profile couldn't be read, so defaults are shown. The original was kept aside (
          {state.recovered.map((r) => r.backupKey).join(', ')}); saving here replaces it.
        </p>
      )}
      <ProfileFields values={values} errors={errors} onChange={(next) => { setValues(next); setStatus({ kind: 'idle' }); }} />
      <div class="actions">
        <button type="submit">Save</button>
        <span role="status" class={status.kind === 'error' ? 'error' : 'ok'}>
          {status.kind === 'saved' && 'Saved.'}
          {status.kind === 'error' && status.message}
        </span>
      </div>
    </form>
  );
}
