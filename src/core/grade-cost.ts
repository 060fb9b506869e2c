/**
 * The energy cost of running and walking on a gradient: Minetti et al. 2002 (J Appl Physiol
 * 93:1039) measured it on treadmill gradients from −45 % to +45 % and fitted these polynomials,
 * J/(kg·m), `grade` as a fraction (0.1 is 10 %). Climbs cost more, moderate descents less, steep
 * descents more again (braking costs energy too). Used for a session's effort (movement-cost.ts)
 * and for spreading a race's goal time over its course (race/grade-pacing.ts).
 */

/** Minetti's gradients were measured within ±45 %; a steeper reading is a GPS or map error. */
const MAX_GRADE = 0.45;

/** A grade held within the range Minetti measured. */
export const clampGrade = (grade: number) => Math.max(-MAX_GRADE, Math.min(MAX_GRADE, grade));

export function runningCost(grade: number): number {
  return 155.4 * grade ** 5 - 30.4 * grade ** 4 - 43.3 * grade ** 3 + 46.3 * grade ** 2 + 19.5 * grade + 3.6;
}

export function walkingCost(grade: number): number {
  return 280.5 * grade ** 5 - 58.7 * grade ** 4 - 76.8 * grade ** 3 + 51.9 * grade ** 2 + 19.6 * grade + 2.5;
}
