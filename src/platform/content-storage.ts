import { nativeApi } from './native';
import { STORAGE_KEYS } from './storage-keys';

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
