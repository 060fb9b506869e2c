/**
 * Metabolic heat from what a site shows: speed and climb for runs and walks (ACSM metabolic
 * equations), mechanical work for rides (÷ gross efficiency), or the site's calorie figure.
 */

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
/**
 * Climbs as climbs: the vertical cost comes from the metres climbed per minute (S·G), not from a
 * capped average grade. On average grades above 15 % runners hike the climbs, so the walking
 * equation's vertical cost (1.8 mL/kg per m, ≈ 25 % efficiency of lifting the body) applies.
 */
const HIKED_GRADE = 0.15;
/** A vertical kilometre in about 35 min is the world-class limit: 30 m/min climbed. */
const MAX_CLIMB_M_PER_MIN = 30;
const TYPICAL_RIDE_SPEED_MS = 7;

/** Oxygen cost on foot from speed and metres climbed: the ACSM equations, blended by gait. */
export function onFootVo2(speedMs: number, distanceM: number, elevationGainM: number, durationS: number): number {
  const mPerMin = speedMs * 60;
  const climbPerMin = Math.min(MAX_CLIMB_M_PER_MIN, (elevationGainM / durationS) * 60);
  const run = runningShare(speedMs);
  const hiked = distanceM > 0 && elevationGainM / distanceM > HIKED_GRADE;
  const horizontal = 3.5 + (run * 0.2 + (1 - run) * 0.1) * mPerMin;
  const vertical = (hiked ? 1.8 : run * 0.9 + (1 - run) * 1.8) * climbPerMin;
  return horizontal + vertical;
}

/** Metabolic heat of a session from the best available input. `durationS` must be > 0. */
export function sessionPower(a: PowerInput, massKg: number): Power {
  if (!(a.durationS > 0)) {
    const mets = DEFAULT_METS[a.sport] ?? 7;
    return { metabolicW: metsToWatts(mets, massKg), externalWorkW: 0, airSpeedMs: 2.5, from: 'typical' };
  }
  const speedMs = a.distanceM !== null && a.distanceM > 0 ? a.distanceM / a.durationS : null;
  const onFoot = a.sport === 'run' || a.sport === 'trail_run' || a.sport === 'walk' || a.sport === 'hike';
  if (onFoot && speedMs !== null && a.distanceM !== null) {
    const vo2 = onFootVo2(speedMs, a.distanceM, a.elevationGainM, a.durationS);
    return { metabolicW: vo2ToWatts(vo2, massKg), externalWorkW: 0, airSpeedMs: speedMs, from: 'speed' };
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
