/**
 * A Strava route page: the panel offers the route as a race course; one click fetches the route's
 * own GPX export (same-origin) and hands its text to the background, which keeps it for the race
 * page (taken once) and opens that page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { showActivity } from '../../src/content/controller';
import { HOST_SELECTOR } from '../../src/content/panel-host';
import { listen, send } from '../../src/platform/messaging';
import { stravaPage } from '../../src/sites/strava/page';
import { gpxText } from '../race/courses';
import { fakeBrowser } from '../setup/fake-browser';
import { fixtureHtml } from '../sites/strava/load-fixture';

const ROUTE = 'https://www.strava.com/routes/16341573';
let routes: AbortController;
const shadow = () => document.querySelector<HTMLElement>(HOST_SELECTOR)?.shadowRoot ?? null;
const offerButton = () => shadow()?.querySelector<HTMLButtonElement>('.cc-course-button') ?? null;

beforeEach(() => {
  listen(createHandlers(() => new Date('2026-11-25T12:00:00Z')));
  routes = new AbortController();
  fakeBrowser().pageUrl = ROUTE;
  const parsed = new DOMParser().parseFromString(fixtureHtml('synthetic-route-16341573.html').replace(/<iframe\b/gi, '<x-iframe'), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
});
afterEach(() => {
  routes.abort();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the panel on a route page', () => {
  it('offers the route; a click fetches its export_gpx and the background keeps it for the race page, which it opens', async () => {
    const gpx = gpxText('strava-route-16341573.gpx');
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      fetched.push(`${input} ${init?.credentials}`);
      return new Response(gpx, { status: 200, headers: { 'content-type': 'application/gpx+xml' } });
    });
    await showActivity(stravaPage, document, new URL(ROUTE), routes.signal);
    expect(shadow()?.textContent).toMatch(/Racing on this route\?/);
    // Nothing is fetched until the runner asks.
    expect(fetched).toEqual([]);
    offerButton()?.click();
    await vi.waitFor(() => expect(fakeBrowser().tabs.create).toHaveBeenCalled());
    expect(fetched).toEqual(['https://www.strava.com/routes/16341573/export_gpx same-origin']);
    expect(fakeBrowser().tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://cramp-check-test-id/src/race/index.html' });
    // The race page takes the draft once: the text as fetched, unparsed.
    expect(await send({ type: 'take-race-course' })).toEqual({ site: 'strava', routeId: '16341573', gpx });
    expect(await send({ type: 'take-race-course' })).toBeNull();
  });

  it('signed out (Strava answers with its login page): the panel says so, and nothing is kept or opened', async () => {
    vi.stubGlobal('fetch', async () => new Response(fixtureHtml('synthetic-route-16341573.html'), { status: 200, headers: { 'content-type': 'text/html' } }));
    await showActivity(stravaPage, document, new URL(ROUTE), routes.signal);
    offerButton()?.click();
    await vi.waitFor(() => expect(shadow()?.querySelector('[role="alert"]')?.textContent).toMatch(/sign in to Strava/));
    expect(offerButton()?.disabled).toBe(false);
    expect(fakeBrowser().tabs.create).not.toHaveBeenCalled();
    expect(await send({ type: 'take-race-course' })).toBeNull();
  });

  it('the background refuses a file for a route other than the one the sending page shows', async () => {
    const message = { type: 'open-race-course', site: 'strava', url: 'https://www.strava.com/routes/99', routeId: '99', gpx: '<gpx/>' } as const;
    await expect(fakeBrowser().runtime.sendFromContentScript(message)).resolves.toMatchObject({ ok: false, error: /not the route the page shows/ });
    fakeBrowser().pageUrl = 'https://www.strava.com/activities/1';
    await expect(fakeBrowser().runtime.sendFromContentScript({ ...message, url: ROUTE, routeId: '16341573' })).resolves.toMatchObject({ ok: false });
    expect(fakeBrowser().tabs.create).not.toHaveBeenCalled();
  });

  it('an activity page shows no course offer', async () => {
    fakeBrowser().pageUrl = 'https://www.strava.com/activities/1';
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/1'), routes.signal);
    expect(offerButton()).toBeNull();
  });
});
