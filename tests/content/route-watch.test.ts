import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchRoute } from '../../src/content/route-watch';

let stop: AbortController;
afterEach(() => stop.abort());

describe('watchRoute', () => {
  it('reports the first route, then each in-page route change, but not a #hash change', async () => {
    history.replaceState(null, '', '/activities/1');
    stop = new AbortController();
    const seen: string[] = [];
    watchRoute(window, (url) => seen.push(url.pathname), stop.signal);
    history.pushState(null, '', '/activities/1#segments');
    history.pushState(null, '', '/activities/2/overview');
    await vi.waitFor(() => expect(seen).toEqual(['/activities/1', '/activities/2/overview']), { timeout: 2000 });
  });

  it('stops when aborted', async () => {
    history.replaceState(null, '', '/activities/5');
    stop = new AbortController();
    const onRoute = vi.fn();
    watchRoute(window, onRoute, stop.signal);
    stop.abort();
    history.pushState(null, '', '/activities/6');
    await new Promise((r) => setTimeout(r, 900));
    expect(onRoute).toHaveBeenCalledTimes(1);
  });
});
