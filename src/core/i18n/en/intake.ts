import type { Catalogue } from '../types';

/**
 * English messages for an intake the engine could not use (the finding sentences about what was
 * taken are in findings.ts, under their finding).
 */
export const intake = {
  invalidIntake: () => 'What you took on this session could not be read; ignored.',
  invalidIntakeValue: (p: { field: string; raw: string; min: number; max: number }) => `${p.field} ${p.raw} is outside ${p.min}–${p.max}; ignored`,
  invalidIntakeMassChange: (p: { pctPerH: number; max: number }) =>
    `The weights before and after change by ${p.pctPerH} % of body mass per hour, more than the ${p.max} % sweat can explain: weights ignored.`,
};
export type IntakeMessages = Catalogue<typeof intake>;
