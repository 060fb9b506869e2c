import type { LatLng } from '../../core/weather-hours';
import { firstPairOf } from '../shared/start-point';

/**
 * intervals.icu's published Activity schema (its OpenAPI document) has no start coordinates; its
 * map data (`GET /api/v1/activity/{id}/map`, schema MapData) has `latlngs: [[lat, lng], …]`. Read
 * `start_latlng` when an activity JSON carries it (Strava's name, which synced activities may
 * keep), else the first point of a map's `latlngs`. Null when neither is there (indoor, no GPS).
 */
export function intervalsStartPoint(activityOrMap: unknown): LatLng | null {
  // A plain object check, not json-draft's: the page half imports this file (no reading code in a content script).
  const json = typeof activityOrMap === 'object' && activityOrMap !== null && !Array.isArray(activityOrMap) ? (activityOrMap as Record<string, unknown>) : null;
  const pair = json?.start_latlng;
  return firstPairOf(Array.isArray(pair) ? [pair] : null) ?? firstPairOf(json?.latlngs);
}

/** The map data the web app loads beside the activity (same assumption as load.ts: `/api/…` with the session). */
export const intervalsMapPath = (activityId: string) => `/api/activity/${encodeURIComponent(activityId)}/map`;

type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Page side, only when a lookup is due: the activity's map data, same-origin, first point. Never
 * throws: no map (indoor, no GPS), an error or another shape → null.
 */
export async function loadIntervalsStartPoint(origin: string, activityId: string, fetchFn: FetchFn): Promise<LatLng | null> {
  try {
    const response = await fetchFn(`${origin}${intervalsMapPath(activityId)}`, { method: 'GET', credentials: 'same-origin', headers: { accept: 'application/json' } });
    return response.ok ? intervalsStartPoint(await response.json()) : null;
  } catch {
    return null;
  }
}
