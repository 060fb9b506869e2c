import type { PageHalf } from '../sites/types';

/** How long to keep watching for stats that render after document_idle. */
export const LATE_STATS_WINDOW_MS = 15_000;
const DEBOUNCE_MS = 150;

/**
 * Strava renders some blocks (weather, the public view's React root) after the content script
 * runs. Watch the stats area for a bounded time and call `onChange` (debounced) when it changes.
 * The observer stops at the window's end or when `signal` aborts. Our own panel's mutations are
 * ignored so re-rendering cannot loop.
 */
export function watchLateStats(adapter: PageHalf, doc: Document, signal: AbortSignal, onChange: () => void): void {
  const root = adapter.statsRoot?.(doc) ?? doc.body;
  if (!root || signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    const fromPage = records.some((r) => !(r.target instanceof Element && r.target.closest('[data-cramp-check]')));
    if (!fromPage) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  const windowTimer = setTimeout(stop, LATE_STATS_WINDOW_MS);
  signal.addEventListener('abort', () => {
    clearTimeout(windowTimer);
    stop();
  }, { once: true });
}
