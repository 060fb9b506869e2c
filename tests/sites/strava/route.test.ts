import { describe, expect, it, vi } from 'vitest';
import { loadStravaRouteGpx, stravaRouteGpxUrl, stravaRouteId } from '../../../src/sites/strava/route';
import { stravaActivityId } from '../../../src/sites/strava/url';
import { stravaPage } from '../../../src/sites/strava/page';
import { MAX_ROUTE_GPX_CHARS } from '../../../src/core/limits';
import { gpxText } from '../../race/courses';
import { fixtureHtml } from './load-fixture';

describe('Strava route pages', () => {
  // The table beside the rule in src/sites/strava/route.ts.
  it.each([
    ['https://www.strava.com/routes/16341573', '16341573'],
    ['https://www.strava.com/routes/3379104463896442748/', '3379104463896442748'],
    ['https://strava.com/routes/16341573?foo=1#map', '16341573'],
    ['https://www.strava.com/routes/new', null],
    ['https://www.strava.com/routes/16341573/edit', null],
    ['https://www.strava.com/routes/16341573/export_gpx', null],
    ['https://www.strava.com/athletes/505408/routes', null],
    ['https://www.strava.com.evil.example/routes/1', null],
  ])('%s → %s', (url, id) => {
    expect(stravaRouteId(new URL(url))).toBe(id);
    // A route page is never taken for an activity.
    expect(stravaActivityId(new URL(url))).toBeNull();
  });

  it("the page half offers the route's own same-origin export", () => {
    expect(stravaPage.course?.routeId(new URL('https://www.strava.com/routes/16341573'))).toBe('16341573');
    expect(stravaRouteGpxUrl('https://www.strava.com', '16341573')).toBe('https://www.strava.com/routes/16341573/export_gpx');
  });
});

describe("fetching the route's GPX", () => {
  const url = new URL('https://www.strava.com/routes/16341573');
  const answer = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }));

  it('fetches /routes/<id>/export_gpx on the page origin with the session cookies, and hands the text on unparsed', async () => {
    const gpx = gpxText('strava-route-16341573.gpx');
    const fetchFn = answer(gpx);
    expect(await loadStravaRouteGpx(url, fetchFn)).toEqual({ ok: true, routeId: '16341573', gpx });
    expect(fetchFn).toHaveBeenCalledTimes(1);
    const [address, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(address).toBe('https://www.strava.com/routes/16341573/export_gpx');
    expect(init.credentials).toBe('same-origin');
  });

  it.each([
    ["Strava's login page (signed out)", answer(fixtureHtml('synthetic-route-16341573.html')), 'signed-out'],
    ['401', answer('', 401), 'signed-out'],
    ['404', answer('not found', 404), 'unavailable'],
    ['a network failure', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), 'unavailable'],
    ['a file far larger than any course', answer('x'.repeat(MAX_ROUTE_GPX_CHARS + 1)), 'too-big'],
  ])('%s: a reason, never a rejection', async (_name, fetchFn, problem) => {
    expect(await loadStravaRouteGpx(url, fetchFn)).toEqual({ ok: false, problem });
  });

  it('an activity page fetches nothing', async () => {
    const fetchFn = answer('');
    expect(await loadStravaRouteGpx(new URL('https://www.strava.com/activities/1'), fetchFn)).toEqual({ ok: false, problem: 'unavailable' });
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
