import type { LatLng } from '../../core/weather-hours';
import { objectOf } from '../shared/json-draft';
import { pointOf } from '../shared/start-point';

/**
 * Garmin Connect's activity JSON names its start `summaryDTO.startLatitude` / `startLongitude`
 * (degrees; the activity list items carry the same names at the top level), as in the captured
 * activity-service answer this repository's fixtures come from.
 */
export function garminStartPoint(activity: unknown): LatLng | null {
  const root = objectOf(activity);
  const summary = objectOf(root?.summaryDTO) ?? root;
  return pointOf(summary?.startLatitude, summary?.startLongitude);
}
