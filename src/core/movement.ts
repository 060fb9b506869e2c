/**
 * How long a session spent at each speed and grade, from a recorded track's time, velocity and
 * grade samples (Strava's `velocity_smooth` m/s and `grade_smooth` %), for costing a walk-run mix or
 * a climb bin by bin. Pure and free of zod: the content script derives it from the page's own
 * streams. Anything that is not equally long lists of numbers gives nothing; it never throws.
 */
import { MOVEMENT_BIN_LIMITS as BIN, MOVEMENT_BINS_MAX } from './limits';
import { movingStep, streamNumbers as numbers } from './stream-samples';

/** Time at one speed (m/s) and grade (a fraction: 0.1 is 10 % up), the bin's time-weighted means. */
export interface MovementBin {
  speedMs: number;
  grade: number;
  seconds: number;
}

/** Bins of 0.5 m/s by 4 % grade, made coarser until they fit MOVEMENT_BINS_MAX. */
const STEPS: readonly [number, number][] = [
  [0.5, 0.04],
  [1, 0.08],
  [1.5, 0.15],
  [3, 0.3],
  [15, 0.9],
];
const clamp = (x: number, range: { min: number; max: number }) => Math.min(range.max, Math.max(range.min, x));

export function movementFromStreams(time: unknown, velocity: unknown, gradePct: unknown): MovementBin[] {
  const t = numbers(time);
  const v = numbers(velocity, t?.length);
  const g = numbers(gradePct, t?.length);
  if (t === null || v === null || g === null || t.length < 2) return [];
  const samples: { speed: number; grade: number; dt: number }[] = [];
  for (let i = 1; i < t.length; i++) {
    const dt = (t[i] as number) - (t[i - 1] as number);
    if (dt < 0) return [];
    if (movingStep(dt)) samples.push({ speed: clamp(v[i] as number, BIN.speedMs), grade: clamp((g[i] as number) / 100, BIN.grade), dt });
  }
  for (const [speedStep, gradeStep] of STEPS) {
    const bins = new Map<string, { s: number; gs: number; seconds: number }>();
    for (const { speed, grade, dt } of samples) {
      const key = `${Math.floor(speed / speedStep)}:${Math.floor(grade / gradeStep)}`;
      const bin = bins.get(key) ?? { s: 0, gs: 0, seconds: 0 };
      bin.s += speed * dt;
      bin.gs += grade * dt;
      bin.seconds += dt;
      bins.set(key, bin);
    }
    if (bins.size > MOVEMENT_BINS_MAX) continue;
    return [...bins.values()]
      .map((b) => ({ speedMs: Math.round((b.s / b.seconds) * 100) / 100, grade: Math.round((b.gs / b.seconds) * 1000) / 1000, seconds: Math.min(b.seconds, BIN.seconds.max) }))
      .sort((a, b) => a.speedMs - b.speedMs || a.grade - b.grade);
  }
  return [];
}
