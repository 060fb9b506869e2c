/**
 * Weigh-in sweat test: mass lost plus fluid drunk minus urine, per hour (1 kg ≈ 1 L of sweat).
 * The standard field method (Baker 2017; the worked case in docs/science.md §1).
 */
export interface WeighIn {
  preKg: number;
  postKg: number;
  drankL: number;
  urineL?: number;
  durationH: number;
}

/** What is wrong with a weigh-in, for messages in any language. */
export type WeighInIssue =
  | { kind: 'missing-number' | 'body-mass' | 'fluid' | 'duration' }
  | { kind: 'rate'; rateLph: number };

export function weighInIssue(t: WeighIn): WeighInIssue | null {
  const { preKg, postKg, drankL, durationH } = t;
  const urineL = t.urineL ?? 0;
  if (![preKg, postKg, drankL, urineL, durationH].every(Number.isFinite)) return { kind: 'missing-number' };
  if (preKg < 25 || preKg > 250 || postKg < 25 || postKg > 250) return { kind: 'body-mass' };
  if (drankL < 0 || urineL < 0 || drankL > 20 || urineL > 10) return { kind: 'fluid' };
  if (durationH <= 0 || durationH > 48) return { kind: 'duration' };
  const rate = (preKg - postKg + drankL - urineL) / durationH;
  if (rate < 0.05 || rate > 5) return { kind: 'rate', rateLph: rate };
  return null;
}

const ISSUE_EN = {
  'missing-number': 'a number is missing',
  'body-mass': 'body mass outside 25–250 kg',
  fluid: 'fluid or urine volume implausible',
  duration: 'duration must be between 0 and 48 h',
} as const;

export const describeWeighInIssue = (i: WeighInIssue): string =>
  i.kind === 'rate' ? `sweat rate ${i.rateLph.toFixed(2)} L/h is implausible` : ISSUE_EN[i.kind];

/** Why a weigh-in cannot be used, or null. */
export function weighInProblem(t: WeighIn): string | null {
  const i = weighInIssue(t);
  return i === null ? null : describeWeighInIssue(i);
}

/**
 * Sweat rate L/h and body-mass loss % (negative = weight gained, a sign of over-drinking).
 * Unusable input gives zeros rather than NaN so a caller can never display "NaN L/h";
 * call `weighInProblem` to tell the runner what is wrong.
 */
export function sweatRateFromWeighIn(t: WeighIn): { sweatRateLph: number; bodyMassLossPct: number } {
  const urineL = t.urineL ?? 0;
  const ok = [t.preKg, t.postKg, t.drankL, urineL, t.durationH].every(Number.isFinite) && t.durationH > 0 && t.preKg > 0;
  if (!ok) return { sweatRateLph: 0, bodyMassLossPct: 0 };
  const sweatRateLph = Math.max(0, (t.preKg - t.postKg + t.drankL - urineL) / t.durationH);
  const bodyMassLossPct = ((t.preKg - t.postKg) / t.preKg) * 100;
  return { sweatRateLph, bodyMassLossPct };
}

/** After a run: replace 125–150 % of the mass lost (ACSM 2007; NATA 2017), litres. */
export function rehydrationL(massLostKg: number): { low: number; high: number } {
  const kg = Number.isFinite(massLostKg) ? Math.max(0, massLostKg) : 0;
  return { low: kg * 1.25, high: kg * 1.5 };
}
