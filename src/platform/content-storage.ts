import type { ActivityDraft } from '../core/activity';
import { nativeApi } from './native';
import { manualEntryKey, STORAGE_KEYS } from './storage-keys';

/** Values the runner typed in for one activity the page did not show, remembered per activity. */
export async function loadManualEntry(site: string, activityId: string): Promise<ActivityDraft> {
  const key = manualEntryKey(site, activityId);
  const raw = (await nativeApi().storage.local.get(key))[key];
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as ActivityDraft) : {};
}

export const saveManualEntry = (site: string, activityId: string, draft: ActivityDraft) =>
  nativeApi().storage.local.set({ [manualEntryKey(site, activityId)]: draft });

/** Calls `listener` whenever the profile or settings change in any context; stops on abort. */
export function onProfileOrSettingsChanged(listener: () => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (STORAGE_KEYS.profile in changes || STORAGE_KEYS.settings in changes)) listener();
  };
  const events = nativeApi().storage.onChanged;
  events.addListener(onChanged);
  signal.addEventListener('abort', () => events.removeListener(onChanged), { once: true });
}
