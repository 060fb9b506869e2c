/**
 * Metabolic heat from what a site shows: speed and climb for runs and walks (ACSM level costs,
 * Minetti's gradients: movement-cost.ts), mechanical work for rides (÷ gross efficiency), or the
 * site's calorie figure.
 */
import type { MovementBin } from './activity';
import { hillFactor, movementSpeedMs, movementVo2 } from './movement-cost';

/** 1 mL O2 ≈ 20.9 J (≈ 5 kcal per litre O2 on a mixed diet). */
const JOULES_PER_ML_O2 = 20.9;
/** Cyclists turn ≈ 22 % of metabolic energy into work at the pedals (gross efficiency). */
export const CYCLING_GROSS_EFFICIENCY = 0.22;
const JOULES_PER_KCAL = 4184;
/** Resting oxygen use, 1 MET = 3.5 mL/kg/min. */
const REST_VO2 = 3.5;

/** ACSM running equation, mL/kg/min: 3.5 + 0.2·S + 0.9·S·G (S m/min, G fractional grade). */
export function acsmRunningVo2(speedMPerMin: number, grade: number): number {
  return REST_VO2 + 0.2 * speedMPerMin + 0.9 * speedMPerMin * grade;
}

/** ACSM walking equation, mL/kg/min: 3.5 + 0.1·S + 1.8·S·G. */
export function acsmWalkingVo2(speedMPerMin: number, grade: number): number {
  return REST_VO2 + 0.1 * speedMPerMin + 1.8 * speedMPerMin * grade;
}

export function vo2ToWatts(vo2MlKgMin: number, massKg: number): number {
  return (vo2MlKgMin * massKg * JOULES_PER_ML_O2) / 60;
}

export function kcalToWatts(kcal: number, durationS: number): number {
  return (kcal * JOULES_PER_KCAL) / durationS;
}

/** Rides: metabolic W = work (kJ) ÷ gross efficiency ÷ time. Returns also the mechanical W. */
export function rideWatts(energyKj: number, durationS: number): { metabolicW: number; externalWorkW: number } {
  const externalWorkW = (energyKj * 1000) / durationS;
  return { metabolicW: externalWorkW / CYCLING_GROSS_EFFICIENCY, externalWorkW };
}

/** Typical METs when nothing but the sport and duration is known (Ainsworth compendium ranges). */
export const DEFAULT_METS: Record<string, number> = {
  run: 10,
  trail_run: 10,
  walk: 4,
  hike: 6,
  ride: 8,
  other: 7,
};

export function metsToWatts(mets: number, massKg: number): number {
  return vo2ToWatts(mets * REST_VO2, massKg);
}

export interface Power {
  metabolicW: number;
  externalWorkW: number;
  /** Air speed over the body, m/s (own speed in still air). */
  airSpeedMs: number;
  /** Where the number came from: the "why" names it. */
  from: 'speed' | 'heart-rate' | 'work' | 'calories' | 'typical';
  /** With `speed`: costed from the speed stream's mix of paces and grades, or from average pace and climbing. */
  pace?: 'mix' | 'climbing';
  /** A population equation of large individual error (Keytel 2005): the estimate's range is widened. */
  rough?: boolean;
}

export interface PowerInput {
  sport: string;
  durationS: number;
  distanceM: number | null;
  elevationGainM: number;
  calories: number | null;
  energyKj: number | null;
  /** Time per speed and grade from the streams, when a page gave them (on foot only). */
  movement?: readonly MovementBin[] | null;
}

/**
 * ACSM: the walking equation holds up to 100 m/min, the running equation from 134 m/min; in between
 * people mix gaits, so the two are blended by speed. The sport label does not decide: a "run" at
 * 1.5 m/s is a walk, and a hike at 2.5 m/s is a jog.
 */
const WALK_MAX_MS = 100 / 60;
const RUN_MIN_MS = 134 / 60;
export function runningShare(speedMs: number): number {
  if (!(speedMs > WALK_MAX_MS)) return 0;
  if (speedMs >= RUN_MIN_MS) return 1;
  return (speedMs - WALK_MAX_MS) / (RUN_MIN_MS - WALK_MAX_MS);
}
const TYPICAL_RIDE_SPEED_MS = 7;

/**
 * Oxygen cost on foot from speed and climbing: the ACSM level cost, blended by gait, times Minetti's
 * gradient factor for a mean grade from the gain (movement-cost.ts): a hilly run costs more than a
 * flat one at the same average speed.
 */
export function onFootVo2(speedMs: number, distanceM: number, elevationGainM: number): number {
  const run = runningShare(speedMs);
  const perM = run * 0.2 * hillFactor(elevationGainM, distanceM, false) + (1 - run) * 0.1 * hillFactor(elevationGainM, distanceM, true);
  return 3.5 + perM * speedMs * 60;
}

/** Metabolic heat of a session from the best available input. `durationS` must be > 0. */
export function sessionPower(a: PowerInput, massKg: number): Power {
  if (!(a.durationS > 0)) {
    const mets = DEFAULT_METS[a.sport] ?? 7;
    return { metabolicW: metsToWatts(mets, massKg), externalWorkW: 0, airSpeedMs: 2.5, from: 'typical' };
  }
  const speedMs = a.distanceM !== null && a.distanceM > 0 ? a.distanceM / a.durationS : null;
  const onFoot = a.sport === 'run' || a.sport === 'trail_run' || a.sport === 'walk' || a.sport === 'hike';
  const mixVo2 = onFoot && a.movement ? movementVo2(a.movement) : null;
  if (mixVo2 !== null && a.movement) {
    return { metabolicW: vo2ToWatts(mixVo2, massKg), externalWorkW: 0, airSpeedMs: speedMs ?? movementSpeedMs(a.movement), from: 'speed', pace: 'mix' };
  }
  if (onFoot && speedMs !== null && a.distanceM !== null) {
    const vo2 = onFootVo2(speedMs, a.distanceM, a.elevationGainM);
    return { metabolicW: vo2ToWatts(vo2, massKg), externalWorkW: 0, airSpeedMs: speedMs, from: 'speed', pace: 'climbing' };
  }
  const airSpeedMs = speedMs ?? (a.sport === 'ride' ? TYPICAL_RIDE_SPEED_MS : onFoot ? 2.5 : 1);
  if (a.sport === 'ride' && a.energyKj !== null && a.energyKj > 0) {
    return { ...rideWatts(a.energyKj, a.durationS), airSpeedMs, from: 'work' };
  }
  if (a.calories !== null && a.calories > 0) {
    // A calorie figure below resting or above ~25 W/kg is a misread; fall back to typical METs.
    const w = kcalToWatts(a.calories, a.durationS);
    if (w >= metsToWatts(1.5, massKg) && w <= 25 * massKg) {
      return { metabolicW: w, externalWorkW: 0, airSpeedMs, from: 'calories' };
    }
  }
  const mets = DEFAULT_METS[a.sport] ?? 7;
  return { metabolicW: metsToWatts(mets, massKg), externalWorkW: 0, airSpeedMs, from: 'typical' };
}
