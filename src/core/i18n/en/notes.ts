import type { Catalogue } from '../types';
import { describeImplausible, describeTooFast, type Implausible, type TooFast } from '../../plausibility';
import { describeWeighInIssue, type WeighInIssue } from '../../sweat-test';

/** English `missing` and `invalid` messages. The English problem texts stay shared with the site adapters. */
/** Profile numbers checked against the schema's limits (profile-inputs.ts). */
export type ProfileRangeField = 'bodyMassKg' | 'heightCm' | 'sweatRateLph' | 'sweatSodiumMgPerL';

export const notes = {
  missingBodyMass: (p: { mass: string }) => `Add your body mass in the options: ${p.mass} was assumed, which scales sweat, fluid and fuel amounts.`,
  missingHeight: (p: { height: string }) => `Add your height in the options: ${p.height} was assumed for skin area.`,
  missingSweatTests: () => 'Weigh yourself before and after a session (note what you drank) to replace the predicted sweat rate with your own.',
  missingDistance: () => 'Add the distance: pace sets how hard you worked and lets pace and distance be compared.',
  missingHistory: () => 'Recent activities from the last 30 days let pace and distance jumps be checked.',
  missingStartTime: (p: { usedToday: boolean }) =>
    p.usedToday
      ? 'Add the start time: the 30 days before today were used instead.'
      : 'Add the start time: without it recent activities cannot be placed in a 30-day window.',
  missingTemperature: (p: { temperature: string }) =>
    `Add the temperature at the start (from the weather report): it changes the sweat estimate most, so a mild ${p.temperature} with a wide range was assumed.`,
  missingHumidity: () => 'Add the humidity from the weather report: 50 % was assumed.',
  missingMovingTime: () => 'No usable moving time: elapsed time was used, so stops count as moving.',

  invalidNoDuration: () => 'No usable duration: add the moving time to get estimates.',
  invalidActivity: () => 'The activity could not be read.',
  invalidSport: (p: { sport: string }) => `unknown sport ${p.sport}; treated as "other"`,
  invalidValue: (r: Implausible) => `${describeImplausible(r)}; ignored`,
  invalidSpeed: (t: TooFast) => `${describeTooFast(t)}; distance ignored`,
  invalidProfileValue: (p: { field: ProfileRangeField; raw: unknown; min: number; max: number }) =>
    `${String(p.raw)} is outside ${p.min}–${p.max}; ignored`,
  invalidSweatTest: (i: WeighInIssue) => `${describeWeighInIssue(i)}; test ignored`,
  analysisFailed: () => 'This activity could not be analysed.',
};
export type NoteMessages = Catalogue<typeof notes>;
