import type { IntakeMessages } from '../en/intake';

/** Phrases françaises sur ce qui a été pris et pesé pendant la sortie. */
export const intake: IntakeMessages = {
  invalidIntake: () => "Ce que vous avez pris pendant cette sortie n'a pas pu être lu ; ignoré.",
  invalidIntakeValue: (p) => `${p.field} ${p.raw} est hors de ${p.min}–${p.max} ; ignoré`,
  invalidIntakeMassChange: (p) =>
    `Le poids avant et après varie de ${p.pctPerH} % du poids par heure, plus que les ${p.max} % que la sueur peut expliquer : poids ignorés.`,
};
