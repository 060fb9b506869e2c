import type { LatLng } from '../../core/weather-hours';
import { objectOf } from '../shared/json-draft';
import { firstPairOf } from '../shared/start-point';

/**
 * intervals.icu's published Activity schema (its OpenAPI document) has no start coordinates; its
 * map data (`GET /api/v1/activity/{id}/map`, schema MapData) has `latlngs: [[lat, lng], …]`. Read
 * `start_latlng` when an activity JSON carries it (Strava's name, which synced activities may
 * keep), else the first point of a map's `latlngs`. Null when neither is there (indoor, no GPS).
 */
export function intervalsStartPoint(activityOrMap: unknown): LatLng | null {
  const json = objectOf(activityOrMap);
  const pair = json?.start_latlng;
  return firstPairOf(Array.isArray(pair) ? [pair] : null) ?? firstPairOf(json?.latlngs);
}

/** The map data the web app loads beside the activity (same assumption as load.ts: `/api/…` with the session). */
export const intervalsMapPath = (activityId: string) => `/api/activity/${encodeURIComponent(activityId)}/map`;
