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
  /** Where the number came from, for docs and debugging. */
  from: 'speed' | 'work' | 'calories' | 'typical';
}

export interface PowerInput {
  sport: string;
  durationS: number;
  distanceM: number | null;
  elevationGainM: number;
  calories: number | null;
  energyKj: number | null;
}

/** Steepest average climb the equations are asked about (30 %: steep trail). */
const MAX_GRADE = 0.3;
const TYPICAL_RIDE_SPEED_MS = 7;

/** Metabolic heat of a session from the best available input. `durationS` must be > 0. */
export function sessionPower(a: PowerInput, massKg: number): Power {
  if (!(a.durationS > 0)) {
    const mets = DEFAULT_METS[a.sport] ?? 7;
    return { metabolicW: metsToWatts(mets, massKg), externalWorkW: 0, airSpeedMs: 2.5, from: 'typical' };
  }
  const speedMs = a.distanceM !== null && a.distanceM > 0 ? a.distanceM / a.durationS : null;
  const onFoot = a.sport === 'run' || a.sport === 'trail_run' || a.sport === 'walk' || a.sport === 'hike';
  if (onFoot && speedMs !== null && a.distanceM !== null) {
    const grade = Math.min(MAX_GRADE, a.elevationGainM / a.distanceM);
    const mPerMin = speedMs * 60;
    const running = a.sport === 'run' || a.sport === 'trail_run';
    const vo2 = running ? acsmRunningVo2(mPerMin, grade) : acsmWalkingVo2(mPerMin, grade);
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
