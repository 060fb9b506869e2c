/**
 * Rounding the way a runner uses amounts: nobody measures 537 mL or 443 mg.
 * Every helper returns a finite number (0 for garbage) so no NaN leaks into a plan.
 */
const finite = (x: number): number => (Number.isFinite(x) ? x : 0);

/** Nearest multiple of `step` (e.g. 50 mL, 50 mg, 5 g). */
export function roundTo(x: number, step: number): number {
  return Math.round(finite(x) / step) * step;
}

/** Largest multiple of `step` not above `x`: used when a rounded amount must never exceed a cap. */
export function floorTo(x: number, step: number): number {
  return Math.floor(finite(x) / step + 1e-9) * step;
}

/** Round to `digits` decimals, for estimates shown with a range (1.234 L/h → 1.23). */
export function roundDigits(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(finite(x) * f) / f;
}
