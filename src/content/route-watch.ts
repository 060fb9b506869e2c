/** How often to look for an in-page route change where the Navigation API is missing (Firefox). */
const POLL_MS = 400;

/**
 * Calls `onRoute` with the current URL now and after every in-page navigation (Strava changes
 * route with history.pushState, which an isolated-world content script cannot hook). Uses the
 * Navigation API where it exists, and a cheap URL poll as fallback; stops when `signal` aborts.
 */
export function watchRoute(win: Window, onRoute: (url: URL) => void, signal: AbortSignal): void {
  // A change of #hash (Strava's "#segments" links) is not a new route.
  const routeOf = () => win.location.href.split('#')[0] ?? '';
  let current = routeOf();
  onRoute(new URL(win.location.href));
  const check = () => {
    if (routeOf() === current) return;
    current = routeOf();
    onRoute(new URL(win.location.href));
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
  win.addEventListener('popstate', check, { signal });
  const poll = setInterval(check, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(poll), { once: true });
}
