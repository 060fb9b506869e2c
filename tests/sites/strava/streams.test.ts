/**
 * The logged-in page's own streams answer gives the after-race review its splits: on a real run's
 * streams they are cumulative, one per kilometre and one at the finish; anything else gives none.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadStravaTrack, trackOfStreams } from '../../../src/sites/strava/streams';
import streams from '../../fixtures/strava/streams-run-708752345.json';

type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;
const answering = (body: string, status = 200, contentType = 'application/json') => vi.fn<FetchFn>(async () => new Response(body, { status, headers: { 'content-type': contentType } }));

describe('Strava streams → splits (a real hilly 6.1 km run, 4070 s elapsed)', () => {
  const { splits, startPoint } = trackOfStreams(streams);

  it('one split per kilometre and one at the finish, at the track distance and elapsed time', () => {
    expect(splits?.map((s) => s.atM)).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 6106.6]);
    expect(splits?.at(-1)).toEqual({ atM: 6106.6, elapsedS: 4070 });
    expect(startPoint).toEqual({ lat: streams.latlng[0]?.[0], lng: streams.latlng[0]?.[1] });
  });

  it('cumulative: distance and time only grow, and each split is the time the track passed it', () => {
    const list = splits ?? [];
    for (let i = 1; i < list.length; i++) {
      expect(list[i]?.atM).toBeGreaterThan(list[i - 1]?.atM ?? Infinity);
      expect(list[i]?.elapsedS).toBeGreaterThan(list[i - 1]?.elapsedS ?? Infinity);
    }
    // The first sample at or past 1 km, and the one before it, bracket the first split's time.
    const after = streams.distance.findIndex((d) => d >= 1000);
    expect(list[0]?.elapsedS).toBeGreaterThanOrEqual(streams.time[after - 1] ?? Infinity);
    expect(list[0]?.elapsedS).toBeLessThanOrEqual(streams.time[after] ?? -1);
  });

  it('asks once, same-origin, for the start and the splits together', async () => {
    const fetch = answering(JSON.stringify(streams));
    const track = await loadStravaTrack('https://www.strava.com', '708752345', fetch);
    expect(track.splits).toEqual(splits);
    // The same answer's velocity and grade streams: the time per speed and grade, pauses left out.
    expect(track.movement?.reduce((a, b) => a + b.seconds, 0)).toBeGreaterThan(3369);
    expect(track.movement?.reduce((a, b) => a + b.seconds, 0)).toBeLessThan(4070);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe('https://www.strava.com/activities/708752345/streams?stream_types[]=latlng&stream_types[]=time&stream_types[]=distance&stream_types[]=velocity_smooth&stream_types[]=grade_smooth&stream_types[]=heartrate');
  });
});

describe('Strava streams: anything else gives no splits and never throws', () => {
  const load = (fetch: FetchFn) => loadStravaTrack('https://www.strava.com', '1', fetch);

  it('logged out (401), an HTML login page, broken JSON, no network', async () => {
    expect(await load(answering('{"message":"Authorization Error"}', 401))).toEqual({ startPoint: null });
    expect(await load(answering('<!doctype html><title>Log In | Strava</title>', 200, 'text/html'))).toEqual({ startPoint: null });
    expect(await load(answering('{"time":[0,1,'))).toEqual({ startPoint: null });
    expect(await load(vi.fn<FetchFn>(async () => Promise.reject(new TypeError('Failed to fetch'))))).toEqual({ startPoint: null });
  });

  it('streams of the wrong shape: no splits', () => {
    const none = (json: unknown) => trackOfStreams(json).splits;
    expect(none(null)).toBeUndefined();
    expect(none('time')).toBeUndefined();
    expect(none({ time: [0, 10, 20] })).toBeUndefined();
    expect(none({ time: [0, 10, 20], distance: [0, 500] })).toBeUndefined();
    expect(none({ time: [0, '10', 20], distance: [0, 500, 1500] })).toBeUndefined();
    expect(none({ time: [0, 10, Number.NaN], distance: [0, 500, 1500] })).toBeUndefined();
    expect(none({ time: [0, 300, 200], distance: [0, 500, 1500] })).toBeUndefined();
    expect(none({ time: [0, 0, 0], distance: [0, 0, 0] })).toBeUndefined();
    expect(none({ time: { length: 2 }, distance: [0, 1] })).toBeUndefined();
  });

  it('a GPS distance that steps back is held, not counted twice', () => {
    const { splits } = trackOfStreams({ time: [0, 200, 250, 400, 600], distance: [0, 900, 800, 1100, 2000] });
    expect(splits).toEqual([
      { atM: 1000, elapsedS: 325 }, // held at 900 m until 250 s, then 900 → 1100 m over 250–400 s
      { atM: 2000, elapsedS: 600 },
    ]);
  });

  it('a very long track keeps at most 300 splits, in longer steps', () => {
    const n = 4000;
    const { splits } = trackOfStreams({ time: Array.from({ length: n }, (_, i) => i * 100), distance: Array.from({ length: n }, (_, i) => i * 200) });
    expect(splits?.length).toBeLessThanOrEqual(300);
    expect(splits?.[0]?.atM).toBe(3000);
    expect(splits?.at(-1)).toEqual({ atM: (n - 1) * 200, elapsedS: (n - 1) * 100 });
  });
});

describe('Strava streams → heart rate', () => {
  it('the same answer gives the moving-time average of the heart-rate stream', async () => {
    const track = await loadStravaTrack('https://www.strava.com', '708752345', answering(JSON.stringify(streams)));
    expect(track.heartRate).toBe(157);
  });

  it('no heart-rate stream (no strap), or a damaged one: no heart rate, the rest still read', () => {
    const { heartrate: _, ...withoutStrap } = streams;
    expect(trackOfStreams(withoutStrap).heartRate).toBeUndefined();
    expect(trackOfStreams(withoutStrap).movement?.length).toBeGreaterThan(0);
    expect(trackOfStreams({ ...streams, heartrate: streams.heartrate.slice(1) }).heartRate).toBeUndefined();
    expect(trackOfStreams({ ...streams, heartrate: '157' }).heartRate).toBeUndefined();
  });
});
