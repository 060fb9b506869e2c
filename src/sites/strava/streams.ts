/**
 * The logged-in activity page shows a map but no coordinates in its text: the start point for the
 * weather lookup comes from the same-origin JSON Strava's own page loads for its map,
 * `/activities/<id>/streams?stream_types[]=latlng` → `{ "latlng": [[lat, lng], …] }` (first point).
 * Asked for only when the runner opted in and the page shows no temperature. Never throws: no map
 * (an indoor run, a hidden map), an error or another shape → null.
 */
import type { LatLng } from '../../core/weather-hours';
import { firstPairOf } from '../shared/start-point';

type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export const stravaStreamsPath = (activityId: string) => `/activities/${encodeURIComponent(activityId)}/streams?stream_types[]=latlng`;

export async function loadStravaStartPoint(origin: string, activityId: string, fetchFn: FetchFn): Promise<LatLng | null> {
  try {
    const response = await fetchFn(`${origin}${stravaStreamsPath(activityId)}`, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    });
    if (!response.ok) return null;
    const json = (await response.json()) as { latlng?: unknown } | null;
    return firstPairOf(json?.latlng);
  } catch {
    return null;
  }
}
