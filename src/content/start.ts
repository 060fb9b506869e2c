import type { SiteAdapter } from '../sites/types';
import { showActivity } from './controller';
import { watchRoute } from './route-watch';

/**
 * Runs one site's content script: shows the panel for the activity at each in-page route,
 * tearing down the previous route's listeners and observers (AbortSignal) before the next.
 */
export function startContentScript(adapter: SiteAdapter, win: Window, signal: AbortSignal = new AbortController().signal): void {
  let routeController: AbortController | null = null;
  signal.addEventListener('abort', () => routeController?.abort(), { once: true });
  watchRoute(
    win,
    (url) => {
      routeController?.abort();
      routeController = new AbortController();
      showActivity(adapter, win.document, url, routeController.signal).catch((error) => console.warn('Cramp Check:', error));
    },
    signal,
  );
}
