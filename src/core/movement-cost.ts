/**
 * Oxygen cost on foot from the shape of the session: its time per speed and grade (the velocity and
 * grade streams), or its climbing when that is all a page shows. The level cost stays the ACSM
 * equations' (0.2 mL/kg per metre running, 0.1 walking: the sweat model is fitted to them); Minetti
 * et al. 2002 (J Appl Physiol 93:1039) give how a gradient multiplies it, for running and walking.
 * Cost grows faster than speed between a walk and a run, so a walk-run mix costs more than its
 * mean speed would, and a climb costs more than its descent gives back.
 */
import type { MovementBin } from './activity';
import { clampGrade, runningCost, walkingCost } from './grade-cost';

/** Resting oxygen use, mL/kg/min (1 MET). */
const REST_VO2 = 3.5;
/** ACSM level net cost, mL O2 per kg per metre. */
const RUN_ML_PER_M = 0.2;
const WALK_ML_PER_M = 0.1;
/** Below this a bin is walked (the walk-run transition is near 2 m/s). */
export const WALK_RUN_MS = 2;
/** How much a gradient multiplies the level cost per metre (Minetti 2002, level = 1). */
export const runningGradeFactor = (grade: number) => runningCost(clampGrade(grade)) / runningCost(0);
export const walkingGradeFactor = (grade: number) => walkingCost(clampGrade(grade)) / walkingCost(0);

/** One bin's oxygen use, mL/kg/min: rest plus its gait's level cost × Minetti's factor × its speed. */
function binVo2(bin: MovementBin): number {
  const perM = bin.speedMs < WALK_RUN_MS ? WALK_ML_PER_M * walkingGradeFactor(bin.grade) : RUN_ML_PER_M * runningGradeFactor(bin.grade);
  return REST_VO2 + perM * bin.speedMs * 60;
}

/** The session's time-weighted oxygen use over its bins, mL/kg/min; null when the bins hold no time. */
export function movementVo2(bins: readonly MovementBin[]): number | null {
  const seconds = bins.reduce((s, b) => s + b.seconds, 0);
  if (!(seconds > 0)) return null;
  return bins.reduce((s, b) => s + binVo2(b) * b.seconds, 0) / seconds;
}

/** The bins' time-weighted mean speed, m/s (the air speed over the body). */
export function movementSpeedMs(bins: readonly MovementBin[]): number {
  const seconds = bins.reduce((s, b) => s + b.seconds, 0);
  return seconds > 0 ? bins.reduce((s, b) => s + b.speedMs * b.seconds, 0) / seconds : 0;
}

/**
 * Without the streams, climbing as a mean grade: half the distance up at gain ÷ (distance / 2),
 * half down at the same grade, each costed by Minetti (the factor over level, ≥ 1: a climb's extra
 * cost is more than the descent saves). A gain steeper than ±45 % allows is climbed and descended
 * at 45 % over as many metres as it takes, so more climbing never costs less.
 */
export function hillFactor(gainM: number, distanceM: number, walking: boolean): number {
  if (!(distanceM > 0) || !(gainM > 0)) return 1;
  const grade = clampGrade((2 * gainM) / distanceM);
  const factor = walking ? walkingGradeFactor : runningGradeFactor;
  const slopeM = gainM / grade;
  return (Math.max(0, distanceM - 2 * slopeM) + slopeM * (factor(grade) + factor(-grade))) / distanceM;
}
