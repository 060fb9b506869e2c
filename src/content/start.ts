import { sendFromContent } from '../platform/content-messaging';
import { siteEnabled } from '../sites/catalog';
import type { PageAdapter } from '../sites/types';
import { showActivity } from './controller';
import { watchRoute } from './route-watch';

/**
 * Runs one site's content script: shows the panel for the activity at each in-page route,
 * tearing down the previous route's listeners and observers (AbortSignal) before the next.
 * Does nothing on a site the runner switched off in the options.
 */
export async function startContentScript(adapter: PageAdapter, win: Window, signal: AbortSignal = new AbortController().signal): Promise<void> {
  const switchedOff = await sendFromContent({ type: 'get-profile' }).then(
    ({ settings }) => !siteEnabled(settings.sites, adapter.id),
    () => false, // the background will say what is wrong in the panel itself
  );
  if (switchedOff || signal.aborted) return;
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
