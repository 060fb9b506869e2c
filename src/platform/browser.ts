// The one import of webextension-polyfill in the project (an architecture test enforces it):
// everything else reaches the browser through src/platform, so it can be faked in tests.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
