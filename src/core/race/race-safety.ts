import type { HeatFlag } from '../analysis';
import type { Messages } from '../i18n/index';
import type { CrampHistory } from '../limits';

export interface RaceSafetyNote {
  id: 'hyponatremia-signs' | 'heat-illness-signs' | 'cold' | 'see-a-doctor' | 'hold-back';
  text: string;
}

export interface RaceSafetyInput {
  /** Four hours or more, slow, or the over-drinking profile (fluid-strategy.ts). */
  overDrinkingRisk: boolean;
  /** Each leg's flag and, with the humidity unknown, its hottest possible flag. */
  flags: readonly (HeatFlag | null)[];
  minutes: number;
  crampHistory: CrampHistory | null;
  /** Cramps logged in the 30 days before the race. */
  loggedCramps: number;
  crampedBefore: boolean;
}

/** Cold matters on sessions of 2 h or more (safety.ts uses the same rule for one activity). */
const COLD_LONG_MIN = 120;
const FREQUENT_LOGGED = 3;

/** The analysis's safety rules (safety.ts), applied to the legs' flags and the whole race. */
export function raceSafety(s: RaceSafetyInput, m: Messages): RaceSafetyNote[] {
  const notes: RaceSafetyNote[] = [];
  if (s.overDrinkingRisk) notes.push({ id: 'hyponatremia-signs', text: m.safetyHyponatremia() });
  if (s.flags.some((f) => f === 'red' || f === 'black')) notes.push({ id: 'heat-illness-signs', text: m.safetyHeatIllness() });
  if (s.flags.some((f) => f === 'white') && s.minutes >= COLD_LONG_MIN) notes.push({ id: 'cold', text: m.safetyCold() });
  const often = s.crampHistory === 'often';
  const frequent = s.loggedCramps >= FREQUENT_LOGGED;
  if (often || frequent) notes.push({ id: 'see-a-doctor', text: m.safetySeeDoctor({ often, shortEasy: false, logged: frequent ? s.loggedCramps : null }) });
  if (s.crampedBefore) notes.push({ id: 'hold-back', text: m.raceHoldBack() });
  return notes;
}
