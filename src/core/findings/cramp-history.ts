import { SOURCES } from '../sources';
import { defineFinding, strong } from './define';

/** A self-reported cramp history is the strongest known predictor (Schwellnus 2011). */
export const crampHistory = defineFinding({
  id: 'cramp-history',
  order: { rule: 10, contributor: 10 },
  weight: strong(2),
  needs: ['crampHistory'],
  rule: (c, t) => {
    if (c.crampHistory !== 'sometimes' && c.crampHistory !== 'often') return null;
    return {
      severity: c.crampHistory === 'often' ? 'warning' : 'caution',
      contributed: t.contributed({ often: c.crampHistory === 'often' }),
      nextTime: t.nextTime(),
      why: t.why(),
      sources: [SOURCES.schwellnus2011],
    };
  },
});
