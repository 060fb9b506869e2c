/**
 * What the race planner carries when the runner has no product of a kind. The runner's own
 * products come from the profile through core/product.ts (`profileProducts`), one schema for both
 * the analysis and the race.
 */
/** Generic kinds when the runner has none of their own (carry.ts uses the same typical contents). */
export const GENERIC = {
  /** A gel carries ~20–25 g carbohydrate. */
  gelG: 22.5,
  /** A salt capsule ~200–250 mg sodium. */
  capsuleMg: 225,
  /** A soft flask. */
  flaskMl: 500,
} as const;
