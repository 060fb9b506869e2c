import type { PageHalf } from '../sites/types';
import { showActivity } from './controller';
import { watchRoute } from './route-watch';

/**
 * Runs one site's content script: shows the panel for the activity at each in-page route,
 * tearing down the previous route's listeners and observers (AbortSignal) before the next.
 * When the background answers that the runner switched the site off, everything stops.
 */
export async function startContentScript(page: PageHalf, win: Window, signal: AbortSignal = new AbortController().signal): Promise<void> {
  const running = new AbortController();
  signal.addEventListener('abort', () => running.abort(), { once: true });
  let routeController: AbortController | null = null;
  running.signal.addEventListener('abort', () => routeController?.abort(), { once: true });
  watchRoute(
    win,
    (url) => {
      routeController?.abort();
      routeController = new AbortController();
      showActivity(page, win.document, url, routeController.signal, () => running.abort()).catch((error) => console.warn('Cramp Check:', error));
    },
    running.signal,
  );
}
