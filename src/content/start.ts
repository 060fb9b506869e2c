import type { PageHalf } from '../sites/types';
import { TEST_BUILD } from './build-flags';
import { showActivity } from './controller';
import { parkFramedPanel } from './panel-frame';
import { watchRoute } from './route-watch';

/**
 * Runs one site's content script: shows the panel for the activity at each in-page route,
 * tearing down the previous route's listeners and observers (AbortSignal) before the next.
 * When the background answers that the runner switched the site off, everything stops.
 */
export async function startContentScript(page: PageHalf, win: Window, signal: AbortSignal = new AbortController().signal): Promise<void> {
  const doc = win.document;
  // Chromium runs this at document_start (the manifest the build writes): the store build's frame starts loading at
  // once, hidden, while the page parses; the rest needs the page's DOM.
  if (doc.readyState === 'loading') {
    if (!TEST_BUILD && page.activityId(new URL(win.location.href)) !== null) parkFramedPanel(doc);
    await new Promise((parsed) => doc.addEventListener('DOMContentLoaded', parsed, { once: true }));
  }
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
