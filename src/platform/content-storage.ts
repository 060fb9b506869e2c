import type { ActivityDraft } from '../core/activity';
import { ACTIVITY_LIMITS, MANUAL_FIELDS, withinRange } from '../core/limits';
import { nativeApi } from './native';
import { manualEntryKey, STORAGE_KEYS } from './storage-keys';

/**
 * Values the runner typed in for one activity the page did not show, remembered per activity.
 * A stored entry that was damaged keeps only the values that still make sense; the rest is
 * ignored (the stored value itself is left as it is).
 */
export async function loadManualEntry(site: string, activityId: string): Promise<ActivityDraft> {
  const key = manualEntryKey(site, activityId);
  const raw = (await nativeApi().storage.local.get(key))[key];
  const entry: Record<string, number> = {};
  if (!raw || typeof raw !== 'object') return entry;
  // The limits the entry form and ManualEntrySchema use (limits.ts); no zod in a content script.
  for (const field of MANUAL_FIELDS) {
    const value = (raw as Record<string, unknown>)[field];
    if (withinRange(ACTIVITY_LIMITS[field], value)) entry[field] = value;
  }
  return entry;
}

export const saveManualEntry = (site: string, activityId: string, draft: ActivityDraft) =>
  nativeApi().storage.local.set({ [manualEntryKey(site, activityId)]: draft });

/**
 * Calls `listener` whenever the profile or settings are given a new value in any context; stops on
 * abort. A removal ("Delete all data") is not a change to show: re-analyzing then would store the
 * open activity again, undoing the deletion.
 */
export function onProfileOrSettingsChanged(listener: () => void, signal: AbortSignal): void {
  const changedTo = (change: unknown) => typeof change === 'object' && change !== null && (change as { newValue?: unknown }).newValue !== undefined;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (changedTo(changes[STORAGE_KEYS.profile]) || changedTo(changes[STORAGE_KEYS.settings]))) listener();
  };
  const events = nativeApi().storage.onChanged;
  events.addListener(onChanged);
  signal.addEventListener('abort', () => events.removeListener(onChanged), { once: true });
}
