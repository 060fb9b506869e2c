import { ACTIVITY_LIMITS, type LimitedField } from './limits';

/** Limits beyond which a value is a misread, not a run (limits.ts): every site reader and the engine reject alike. */
export const LIMITS = ACTIVITY_LIMITS;
export type { LimitedField };

/**
 * Fastest sustainable average speed by sport, m/s, a little above the world records
 * (running: 100 m at ~10.4 m/s, so nothing longer than a sprint averages faster than ~10.5 m/s;
 * the marathon record is ~5.9 m/s). Rides allow descents and motor-paced efforts.
 */
export const MAX_SPEED_MS: Record<string, number> = {
  run: 10.5,
  trail_run: 10.5,
  walk: 4.5,
  hike: 4.5,
  ride: 30,
  other: 30,
};

/** What is wrong with a limited value, for messages in any language. */
export type Implausible =
  | { kind: 'nan'; field: LimitedField }
  | { kind: 'below' | 'above'; field: LimitedField; value: number; limit: number };

export function implausibility(field: LimitedField, value: number): Implausible | null {
  const limit = LIMITS[field];
  if (!Number.isFinite(value)) return { kind: 'nan', field };
  if (value < limit.min) return { kind: 'below', field, value, limit: limit.min };
  if (value > limit.max) return { kind: 'above', field, value, limit: limit.max };
  return null;
}

export const describeImplausible = (r: Implausible): string =>
  r.kind === 'nan' ? `${r.field} is not a number` : `${r.field} ${r.value} is ${r.kind} ${r.limit}`;

/** Why `value` is implausible for `field`, or null when it is fine. */
export function implausibleReason(field: LimitedField, value: number): string | null {
  const r = implausibility(field, value);
  return r === null ? null : describeImplausible(r);
}

/** Too fast for the sport: the average speed and the limit, m/s. */
export interface TooFast {
  speedMs: number;
  maxMs: number;
  ride: boolean;
}

export function tooFast(sport: string, distanceM: number, movingS: number): TooFast | null {
  const max = MAX_SPEED_MS[sport] ?? MAX_SPEED_MS.other ?? 30;
  if (movingS <= 0) return null;
  const speed = distanceM / movingS;
  return speed > max ? { speedMs: speed, maxMs: max, ride: sport === 'ride' } : null;
}

export const describeTooFast = (t: TooFast): string =>
  `average speed ${t.speedMs.toFixed(1)} m/s is faster than anyone can ${t.ride ? 'ride' : 'move'} (${t.maxMs} m/s)`;

/** Why distance over time is impossible for the sport, or null. */
export function implausibleSpeedReason(sport: string, distanceM: number, movingS: number): string | null {
  const t = tooFast(sport, distanceM, movingS);
  return t === null ? null : describeTooFast(t);
}
