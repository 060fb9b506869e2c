// Each site's start point for the weather lookup (issue 14), read the way production reads a page:
// the page half captures (or, for the logged-in Strava page, fetches the latlng stream when a lookup
// is due) and the background half interprets (tests/sites/read-site.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { garminSite } from '../../src/sites/garmin/index';
import { intervalsSite } from '../../src/sites/intervals/index';
import { stravaPage } from '../../src/sites/strava/page';
import type { FetchFn } from '../../src/sites/types';
import { readSite } from './read-site';
import { activityUrl, fixtureHtml, loadPage, pageFromHtml, readStrava } from './strava/load-fixture';

const fixture = (path: string) => readFileSync(resolve(__dirname, '../fixtures', path), 'utf8');
const json = (body: string) => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
const appShell = () => pageFromHtml('<!doctype html><html><head><meta name="csrf-token" content="t"></head><body><main></main></body></html>');

describe('Strava', () => {
  const NEXT = 'nextjs-walk-13464556946.html';
  it('Next.js page: the first point of activity.streams.location, when the page has it', () => {
    // The real page was captured by a command-line client, so its streams are empty: no start point.
    expect(readStrava(loadPage(NEXT), activityUrl('13464556946')).startPoint).toBeUndefined();
    // Derived (synthetic): the same page with the location stream a browser gets.
    const withLocation = pageFromHtml(fixtureHtml(NEXT).replace('"location":[]', '"location":[{"lat":-6.2146,"lng":106.8451},{"lat":-6.2147,"lng":106.8452}]'));
    expect(readStrava(withLocation, activityUrl('13464556946')).startPoint).toEqual({ lat: -6.2146, lng: 106.8451 });
  });

  it('logged-in page: the page half fetches the latlng stream only when asked; the Next.js page fetches nothing', async () => {
    const fetch = vi.fn<FetchFn>(async () => json(fixture('strava/streams-latlng-197593017.json')));
    expect(await stravaPage.startPoint?.(loadPage('synthetic-classic-ride-partial.html'), activityUrl('2173828434'), fetch)).toEqual({ lat: 42.560308, lng: -6.603204 });
    expect(fetch).toHaveBeenCalledWith('https://www.strava.com/activities/2173828434/streams?stream_types[]=latlng&stream_types[]=time&stream_types[]=distance&stream_types[]=velocity_smooth&stream_types[]=grade_smooth&stream_types[]=heartrate', expect.objectContaining({ credentials: 'same-origin' }));
    fetch.mockClear();
    expect(await stravaPage.startPoint?.(loadPage(NEXT), activityUrl('13464556946'), fetch)).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('Garmin Connect', () => {
  const url = new URL('https://connect.garmin.com/modern/activity/12345678901');
  const serving = (activity: string) =>
    vi.fn<FetchFn>(async (input) => (String(input).endsWith('/weather') ? new Response('', { status: 404 }) : json(fixture(`garmin/${activity}`))));

  it("the start in the activity JSON it already reads (summaryDTO.startLatitude/startLongitude)", async () => {
    expect((await readSite(garminSite, appShell(), url, serving('synthetic-activity-trail-run-with-start.json'))).startPoint).toEqual({ lat: 46.20439, lng: 6.14316 });
  });
  it('none where the coordinates are zero (no fix; the names-replaced real fixture)', async () => {
    expect((await readSite(garminSite, appShell(), url, serving('activity-trail-run.json'))).startPoint).toBeUndefined();
  });
});

describe('intervals.icu', () => {
  it("no coordinates in its activity JSON; the page half reads the map data's first point when asked", async () => {
    const url = new URL('https://intervals.icu/activities/i12345678');
    const fetch = vi.fn<FetchFn>(async (input) =>
      String(input).endsWith('/map') ? json('{"latlngs":[[45.91,6.13],[45.92,6.14]],"bounds":[]}') : json(fixture('intervals/synthetic-activity-from-api-docs.json')),
    );
    expect((await readSite(intervalsSite, appShell(), url, fetch)).startPoint).toBeUndefined();
    expect(await intervalsSite.page.startPoint?.(appShell(), url, fetch)).toEqual({ lat: 45.91, lng: 6.13 });
    expect(fetch).toHaveBeenLastCalledWith('https://intervals.icu/api/activity/i12345678/map', expect.objectContaining({ credentials: 'same-origin' }));
  });
});
