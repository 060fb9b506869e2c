/**
 * Spreading a goal time over a course by its gradients, costed by Minetti's polynomials
 * (grade-cost.ts). A runner holding an even effort spends about the same energy per second, so
 * the time a stretch takes is taken as proportional to its cost: climbs slower, moderate descents
 * faster, steep descents slower again.
 */
import { clampGrade, runningCost, walkingCost } from '../grade-cost';

export interface ProfilePoint {
  atM: number;
  eleM: number;
}

/** Gradients from stretches of this length: GPS elevation jitter over a few metres is not a climb. */
export const STEP_M = 100;

/** Elevation at `atM`, interpolated between the profile's points (sorted by distance). */
export function elevationAt(points: readonly ProfilePoint[], atM: number): number {
  if (points.length === 0) return 0;
  let lo = 0;
  let hi = points.length - 1;
  if (atM <= (points[0] as ProfilePoint).atM) return (points[0] as ProfilePoint).eleM;
  if (atM >= (points[hi] as ProfilePoint).atM) return (points[hi] as ProfilePoint).eleM;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as ProfilePoint).atM <= atM) lo = mid;
    else hi = mid;
  }
  const a = points[lo] as ProfilePoint;
  const b = points[hi] as ProfilePoint;
  const f = b.atM > a.atM ? (atM - a.atM) / (b.atM - a.atM) : 0;
  return a.eleM + f * (b.eleM - a.eleM);
}

export interface Stretch {
  /** Energy cost of the stretch relative to running it flat, in flat-metre equivalents. */
  cost: number;
  climbM: number;
}

/** The cost and climb from `fromM` to `toM`, in steps of STEP_M. Flat when there is no profile. */
export function stretch(points: readonly ProfilePoint[], fromM: number, toM: number, walking: boolean): Stretch {
  const cost = walking ? walkingCost : runningCost;
  const flat = cost(0);
  if (points.length < 2) return { cost: toM - fromM, climbM: 0 };
  let total = 0;
  let climbM = 0;
  for (let at = fromM; at < toM; at += STEP_M) {
    const end = Math.min(toM, at + STEP_M);
    const rise = elevationAt(points, end) - elevationAt(points, at);
    const i = clampGrade(rise / (end - at));
    total += ((end - at) * cost(i)) / flat;
    if (rise > 0) climbM += rise;
  }
  return { cost: total, climbM };
}

/** Each leg's share of the goal time, s: proportional to its cost (the shares add up to `goalTimeS`). */
export function splitGoalTime(costs: readonly number[], goalTimeS: number): number[] {
  const sum = costs.reduce((s, c) => s + c, 0);
  return costs.map((c) => (sum > 0 ? (goalTimeS * c) / sum : goalTimeS / costs.length));
}
