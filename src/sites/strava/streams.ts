/**
 * The logged-in activity page shows a map but no coordinates or splits in its text: both come from
 * the same-origin JSON Strava's own page loads, `/activities/<id>/streams?stream_types[]=…` →
 * `{ "latlng": [[lat, lng], …], "time": [s, …], "distance": [m, …], … }`, asked for once per page view
 * (the weather lookup wants the start, the after-race review the splits, the effort model the
 * movement and heart rate). Never throws: no map (an
 * indoor run, a hidden map), an error, an HTML login page or another shape → nothing.
 */
import { heartRateFromStreams } from '../../core/heart-rate-stream';
import { movementFromStreams } from '../../core/movement';
import { splitsFromStreams } from '../../core/race/splits';
import { firstPairOf } from '../shared/start-point';
import type { PageTrack } from '../types';

type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

// velocity_smooth (m/s) and grade_smooth (%) give the session's movement, heartrate (bpm) its heart rate, for the effort model.
const STREAM_TYPES = ['latlng', 'time', 'distance', 'velocity_smooth', 'grade_smooth', 'heartrate'];

export const stravaStreamsPath = (activityId: string) =>
  `/activities/${encodeURIComponent(activityId)}/streams?${STREAM_TYPES.map((type) => `stream_types[]=${type}`).join('&')}`;

/** The start point, splits, movement and heart rate of a streams answer (already parsed JSON); garbage → none of them. */
export function trackOfStreams(json: unknown): PageTrack {
  const streams = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  const splits = splitsFromStreams(streams.time, streams.distance);
  const movement = movementFromStreams(streams.time, streams.velocity_smooth, streams.grade_smooth);
  const heartRate = heartRateFromStreams(streams.time, streams.heartrate);
  return {
    startPoint: firstPairOf(streams.latlng),
    ...(splits.length > 0 ? { splits } : {}),
    ...(movement.length > 0 ? { movement } : {}),
    ...(heartRate !== null ? { heartRate } : {}),
  };
}

export async function loadStravaTrack(origin: string, activityId: string, fetchFn: FetchFn): Promise<PageTrack> {
  try {
    const response = await fetchFn(`${origin}${stravaStreamsPath(activityId)}`, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    });
    if (!response.ok) return { startPoint: null };
    return trackOfStreams(await response.json());
  } catch {
    return { startPoint: null };
  }
}

/** The start point alone (the weather lookup). */
export const loadStravaStartPoint = async (origin: string, activityId: string, fetchFn: FetchFn) => (await loadStravaTrack(origin, activityId, fetchFn)).startPoint;
