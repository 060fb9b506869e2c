import type { IntakeMessages } from '../en/intake';

/** Deutsche Sätze zu dem, was bei der Einheit genommen und gewogen wurde. */
export const intake: IntakeMessages = {
  invalidIntake: () => 'Was du bei dieser Einheit genommen hast, war nicht lesbar; ignoriert.',
  invalidIntakeValue: (p) => `${p.field} ${p.raw} liegt außerhalb von ${p.min}–${p.max}; ignoriert`,
  invalidIntakeMassChange: (p) =>
    `Das Gewicht vorher und nachher ändert sich um ${p.pctPerH} % des Körpergewichts pro Stunde, mehr als die ${p.max} %, die Schweiß erklären kann: Gewichte ignoriert.`,
};
