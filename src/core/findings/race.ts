import { SOURCES } from '../sources';
import { defineFinding, racePace } from './define';

/** Racing raises intensity and cramp rates (Schwellnus 2011). */
export const race = defineFinding({
  id: 'race',
  order: { rule: 40, contributor: 40 },
  weight: racePace(1.5),
  needs: ['isRace'],
  rule: (c, t) =>
    c.isRace ? { severity: 'caution', contributed: t.contributed(), nextTime: t.nextTime(), why: t.why(), sources: [SOURCES.schwellnus2011] } : null,
});
