/**
 * Where the sun stands for one place and instant, for the radiation it brings (wbgt-liljegren.ts,
 * solar-load.ts): the height through suncalc (refraction included, as Liljegren et al. 2008 do),
 * the Earth–sun distance by the Astronomical Almanac's low-precision formula. Pure: the instant
 * comes in as epoch milliseconds of real (UTC) time.
 */
import { getPosition } from 'suncalc';

const J2000_MS = Date.UTC(2000, 0, 1, 12);
const DAY_MS = 86_400_000;
const RAD = Math.PI / 180;

export interface SunPosition {
  /** Cosine of the zenith angle: 1 overhead, ≤ 0 below the horizon. */
  cosZenith: number;
  /** Earth–sun distance, astronomical units. */
  distanceAu: number;
}

export function sunPosition(utcMs: number, lat: number, lng: number): SunPosition {
  const { altitude } = getPosition(new Date(utcMs), lat, lng);
  const meanAnomaly = (357.528 + 0.9856003 * ((utcMs - J2000_MS) / DAY_MS)) * RAD;
  return {
    cosZenith: Math.sin(altitude * RAD),
    distanceAu: 1.00014 - 0.01671 * Math.cos(meanAnomaly) - 0.00014 * Math.cos(2 * meanAnomaly),
  };
}
