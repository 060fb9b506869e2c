import { browser } from './browser';
import { PROFILE_OR_SETTINGS_CHANGED } from './content-messaging';
import { STORAGE_KEYS } from './storage-keys';

const changedTo = (change: unknown) => typeof change === 'object' && change !== null && (change as { newValue?: unknown }).newValue !== undefined;

/**
 * Background side: tells every tab when the profile or settings are given a new value in any
 * context, because content scripts may not read storage themselves (storage-access.ts). A
 * removal ("Delete all data") is not a change to show: re-analyzing then would store the open
 * activity again, undoing the deletion. Tabs without our content script refuse the message;
 * that is expected and ignored.
 */
export function notifyTabsOfProfileOrSettingsChanges(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(changedTo(changes[STORAGE_KEYS.profile]) || changedTo(changes[STORAGE_KEYS.settings]))) return;
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) {
        if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type: PROFILE_OR_SETTINGS_CHANGED }).catch(() => undefined);
      }
    });
  });
}
