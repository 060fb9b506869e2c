import type { ProfilePoint } from './grade-pacing';

/**
 * A course from a track's coordinates (GPX order: longitude, latitude, elevation when recorded):
 * its distance along the ground and its elevation profile. Pure: the extension page parses the
 * file (race/gpx.ts) and hands the coordinates here.
 */
export type Position = readonly number[];

export interface Course {
  distanceM: number;
  /** Elevation by distance; empty when the file has too few elevations to trust. */
  points: ProfilePoint[];
}

export type CourseProblem = 'no-points' | 'too-many-points' | 'jump' | 'climb';

/** 100,000 points is more than any race's GPX holds (a 24 h track at one point per second is 86,400). */
export const MAX_POINTS = 100_000;
/** Consecutive points further apart than this are a broken file (or two files glued), not a course. */
export const MAX_JUMP_M = 10_000;
/** A rise or drop of more than this between points closer than it is a broken elevation, not a cliff path. */
export const MAX_STEP_ELEVATION_M = 300;
/** The profile keeps a point every 25 m at most: grades are taken over 100 m (grade-pacing.ts). */
const KEEP_EVERY_M = 25;
const EARTH_RADIUS_M = 6_371_008.8;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance (haversine), m. */
export function groundDistanceM(a: Position, b: Position): number {
  const [lon1 = 0, lat1 = 0] = a;
  const [lon2 = 0, lat2 = 0] = b;
  const h = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

const onEarth = (p: Position): boolean => {
  const [lon, lat] = p;
  return typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
};

/** The course, or the problem that makes the file unusable (the page says which). */
export function courseFromTrack(positions: readonly Position[]): { course: Course } | { problem: CourseProblem } {
  if (positions.length >= MAX_POINTS) return { problem: 'too-many-points' };
  const usable = positions.filter(onEarth);
  if (usable.length < 2) return { problem: 'no-points' };
  const withEle = usable.filter((p) => typeof p[2] === 'number' && Number.isFinite(p[2])).length;
  // A profile from a file where most points have no elevation would invent climbs between the few.
  const profiled = withEle >= usable.length * 0.9;
  let distanceM = 0;
  const points: ProfilePoint[] = [];
  let lastKeptM = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < usable.length; i++) {
    const p = usable[i] as Position;
    if (i > 0) {
      const prev = usable[i - 1] as Position;
      const stepM = groundDistanceM(prev, p);
      if (stepM > MAX_JUMP_M) return { problem: 'jump' };
      const eleNow = p[2];
      const elePrev = prev[2];
      const rise = typeof eleNow === 'number' && typeof elePrev === 'number' ? Math.abs(eleNow - elePrev) : 0;
      if (profiled && rise > MAX_STEP_ELEVATION_M && rise > stepM) return { problem: 'climb' };
      distanceM += stepM;
    }
    const ele = p[2];
    if (profiled && typeof ele === 'number' && Number.isFinite(ele) && (distanceM - lastKeptM >= KEEP_EVERY_M || i === usable.length - 1)) {
      points.push({ atM: Math.round(distanceM * 10) / 10, eleM: Math.round(ele * 10) / 10 });
      lastKeptM = distanceM;
    }
  }
  if (!(distanceM > 0)) return { problem: 'no-points' };
  return { course: { distanceM: Math.round(distanceM), points } };
}

/** Metres climbed along a profile (every rise counted). */
export function climbM(points: readonly ProfilePoint[]): number {
  let up = 0;
  for (let i = 1; i < points.length; i++) up += Math.max(0, (points[i] as ProfilePoint).eleM - (points[i - 1] as ProfilePoint).eleM);
  return up;
}
