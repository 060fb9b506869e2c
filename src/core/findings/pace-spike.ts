import { formatPace, formatPercent } from '../format';
import { PACE_SPIKE_STRONG_PCT } from '../recent-training';
import { SOURCES } from '../sources';
import { defineFinding, racePace } from './define';

/** Faster than the runner's usual pace (Schwellnus et al. 2011). */
export const paceSpike = defineFinding({
  id: 'pace-spike',
  order: { rule: 30, contributor: 30 },
  weight: racePace(1.5),
  needs: ['pacePct', 'medianSpeedMs', 'recentCount'],
  rule: (c, t) => {
    if (c.pacePct === null || c.medianSpeedMs === null) return null;
    const pace = formatPace(c.medianSpeedMs, c.units);
    return {
      severity: c.pacePct >= PACE_SPIKE_STRONG_PCT ? 'warning' : 'caution',
      contributed: t.contributed({ pct: formatPercent(Math.round(c.pacePct), c.language), pace, runs: c.recentCount }),
      nextTime: t.nextTime({ pace }),
      why: t.why(),
      amounts: [{ key: 'pctFaster', value: Math.round(c.pacePct), unit: '%' }],
      sources: [SOURCES.schwellnus2011],
    };
  },
});
