/**
 * Where an activity started, read from a site's own data for the weather lookup. Only
 * finite numbers on the globe are taken; (0, 0) is what devices write without a fix, so it is no
 * start. The exact point stays in the extension: only core/weather-hours.ts `roundedPoint` (0.1°)
 * ever goes out.
 */
import type { LatLng } from '../../core/weather-hours';

export function pointOf(lat: unknown, lng: unknown): LatLng | null {
  if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180 || (lat === 0 && lng === 0)) return null;
  return { lat, lng };
}

/** The first usable `[lat, lng]` pair of a list of them (Strava's `latlng` stream, intervals.icu's `latlngs`). */
export function firstPairOf(pairs: unknown): LatLng | null {
  if (!Array.isArray(pairs)) return null;
  // A track may begin with points recorded before the fix; a few are enough to find the first real one.
  for (const pair of pairs.slice(0, 20)) {
    const point = Array.isArray(pair) ? pointOf(pair[0], pair[1]) : null;
    if (point) return point;
  }
  return null;
}
