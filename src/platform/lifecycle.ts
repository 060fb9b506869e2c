import { browser } from './browser';

/**
 * Runs `listener` when the extension is installed or updated and each time the browser starts:
 * the moments registered content scripts may have been lost. Added synchronously by the caller at
 * start-up, so a worker woken by either event still hears it.
 */
export function onInstalledOrStartup(listener: () => void): void {
  browser.runtime.onInstalled.addListener(listener);
  browser.runtime.onStartup.addListener(listener);
}
