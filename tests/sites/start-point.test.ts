import { describe, expect, it, vi } from 'vitest';
import { roundedPoint } from '../../src/core/weather-hours';
import { garminStartPoint } from '../../src/sites/garmin/start-point';
import { intervalsStartPoint, loadIntervalsStartPoint } from '../../src/sites/intervals/start-point';
import { loadStravaStartPoint } from '../../src/sites/strava/streams';
import garminSanitized from '../fixtures/garmin/activity-trail-run.json';
import garminWithStart from '../fixtures/garmin/synthetic-activity-trail-run-with-start.json';
import intervalsActivity from '../fixtures/intervals/synthetic-activity-from-api-docs.json';
import streams from '../fixtures/strava/streams-latlng-197593017.json';

type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;
const answering = (body: unknown, status = 200) => vi.fn<FetchFn>(async () => new Response(JSON.stringify(body), { status }));

describe('start point: Strava (logged-in page, same-origin latlng stream)', () => {
  it("asks Strava's own streams JSON for the latlng stream and takes its first point", async () => {
    const fetch = answering(streams);
    expect(await loadStravaStartPoint('https://www.strava.com', '197593017', fetch)).toEqual({ lat: 42.560308, lng: -6.603204 });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('https://www.strava.com/activities/197593017/streams?stream_types[]=latlng&stream_types[]=time&stream_types[]=distance&stream_types[]=velocity_smooth&stream_types[]=grade_smooth&stream_types[]=heartrate');
    expect(init).toMatchObject({ credentials: 'same-origin', method: 'GET' });
  });

  it('no map (indoor, hidden), an error page, another shape or no network: null, never a throw', async () => {
    expect(await loadStravaStartPoint('https://www.strava.com', '1', answering({ latlng: [] }))).toBeNull();
    expect(await loadStravaStartPoint('https://www.strava.com', '1', answering({ distance: [1, 2] }))).toBeNull();
    expect(await loadStravaStartPoint('https://www.strava.com', '1', answering({ error: 'Record Not Found' }, 404))).toBeNull();
    expect(await loadStravaStartPoint('https://www.strava.com', '1', answering({ latlng: [['42', '-6'], [null, 1]] }))).toBeNull();
    const offline = vi.fn<FetchFn>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await loadStravaStartPoint('https://www.strava.com', '1', offline)).toBeNull();
  });

  it('skips points recorded before the fix (0, 0)', async () => {
    expect(await loadStravaStartPoint('https://www.strava.com', '1', answering({ latlng: [[0, 0], [42.56, -6.6]] }))).toEqual({ lat: 42.56, lng: -6.6 });
  });
});

describe('start point: Garmin Connect (summaryDTO.startLatitude / startLongitude)', () => {
  it('reads the start of the activity JSON already loaded for the panel', () => {
    expect(garminStartPoint(garminWithStart)).toEqual({ lat: 46.20439, lng: 6.14316 });
    expect(roundedPoint(garminStartPoint(garminWithStart))).toEqual({ lat: 46.2, lng: 6.1 });
  });
  it('the real fixture with its coordinates zeroed has no start point; garbage neither', () => {
    expect(garminSanitized.summaryDTO.startLatitude).toBe(0);
    expect(garminStartPoint(garminSanitized)).toBeNull();
    expect(garminStartPoint({ summaryDTO: { startLatitude: '46.2', startLongitude: 6.1 } })).toBeNull();
    expect(garminStartPoint(null)).toBeNull();
    // The activity list's items carry the same names at the top level.
    expect(garminStartPoint({ startLatitude: 19.312051674351096, startLongitude: -99.31236407719553 })).toEqual({ lat: 19.312051674351096, lng: -99.31236407719553 });
  });
});

describe('start point: intervals.icu', () => {
  it('the published activity schema has no coordinates: none read from the activity JSON', () => {
    expect(intervalsStartPoint(intervalsActivity)).toBeNull();
  });
  it('reads start_latlng when an activity carries it, else the first of a map’s latlngs', () => {
    expect(intervalsStartPoint({ ...intervalsActivity, start_latlng: [45.9, 6.12] })).toEqual({ lat: 45.9, lng: 6.12 });
    expect(intervalsStartPoint({ latlngs: [[45.91, 6.13], [45.92, 6.14]], bounds: [] })).toEqual({ lat: 45.91, lng: 6.13 });
    expect(intervalsStartPoint({ latlngs: null })).toBeNull();
  });

  it("page side: the activity's map data, same-origin, when a lookup is due", async () => {
    const fetch = answering({ latlngs: [[45.91, 6.13]], bounds: [[45.9, 6.1], [45.95, 6.2]] });
    expect(await loadIntervalsStartPoint('https://intervals.icu', 'i12345678', fetch)).toEqual({ lat: 45.91, lng: 6.13 });
    expect(fetch.mock.calls[0]?.[0]).toBe('https://intervals.icu/api/activity/i12345678/map');
    expect(await loadIntervalsStartPoint('https://intervals.icu', 'i1', answering({}, 404))).toBeNull();
    expect(await loadIntervalsStartPoint('https://intervals.icu', 'i1', answering('<html>'))).toBeNull();
  });
});
