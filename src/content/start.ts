import { sendFromContent } from '../platform/content-messaging';
import { siteEnabled } from '../sites/catalog';
import type { PageAdapter } from '../sites/types';
import { showActivity } from './controller';
import { watchRoute } from './route-watch';

/**
 * Runs one site's content script: shows the panel for the activity at each in-page route,
 * tearing down the previous route's listeners and observers (AbortSignal) before the next.
 * Whether the runner switched the site off is asked at the same time (so the panel is not
 * delayed by it); if so, everything stops and the panel goes.
 */
export async function startContentScript(adapter: PageAdapter, win: Window, signal: AbortSignal = new AbortController().signal): Promise<void> {
  const running = new AbortController();
  signal.addEventListener('abort', () => running.abort(), { once: true });
  let routeController: AbortController | null = null;
  running.signal.addEventListener('abort', () => routeController?.abort(), { once: true });
  watchRoute(
    win,
    (url) => {
      routeController?.abort();
      routeController = new AbortController();
      showActivity(adapter, win.document, url, routeController.signal).catch((error) => console.warn('Cramp Check:', error));
    },
    running.signal,
  );
  const switchedOff = await sendFromContent({ type: 'get-profile' }).then(
    ({ settings }) => !siteEnabled(settings.sites, adapter.id),
    () => false, // the background will say what is wrong in the panel itself
  );
  if (switchedOff) running.abort();
}
