import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Profile } from '../core/profile';
import type { ProfileState } from '../platform/messages';
import { t } from '../platform/i18n';
import { send } from '../platform/messaging';
import type { Settings } from '../platform/settings';

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The profile and settings as the background holds them. `generation` changes when everything
 * was reloaded from storage (after an import or delete), so forms showing typed text restart.
 */
export function useProfileState() {
  const [state, setState] = useState<ProfileState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const reload = useCallback(async () => {
    try {
      setState(await send({ type: 'get-profile' }));
      setGeneration((g) => g + 1);
      setLoadError(null);
    } catch (e) {
      setLoadError(t('optionsLoadFailed', errorText(e)));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  // What this page last loaded or saved: each save names it as its base, so the background applies
  // only this page's changes and keeps what another options tab saved meanwhile.
  const shown = useRef<ProfileState | null>(null);
  shown.current = state;

  const saveProfile = useCallback(async (profile: Profile) => {
    const base = shown.current?.profile;
    const saved = await send({ type: 'save-profile', profile, ...(base ? { base } : {}) });
    setState(saved);
    return saved;
  }, []);

  const saveSettings = useCallback(async (settings: Settings) => {
    const base = shown.current?.settings;
    const saved = await send({ type: 'save-settings', settings, ...(base ? { base } : {}) });
    setState(saved);
    return saved;
  }, []);

  return { state, loadError, generation, reload, saveProfile, saveSettings };
}
