import { formatDuration, formatPace, formatPercent } from '../format';
import { PACE_SPIKE_STRONG_PCT } from '../recent-training';
import { SOURCES } from '../sources';
import { defineFinding, racePace } from './define';

/** Faster than the runner's usual pace, or a race faster than its predicted time (Schwellnus et al. 2011). */
export const paceSpike = defineFinding({
  id: 'pace-spike',
  order: { rule: 30, contributor: 30 },
  weight: racePace(1.5),
  needs: ['pacePct', 'medianSpeedMs', 'recentCount', 'paceBasis', 'distanceM'],
  rule: (c, t) => {
    if (c.pacePct === null || c.medianSpeedMs === null) return null;
    const pace = formatPace(c.medianSpeedMs, c.units);
    return {
      severity: c.pacePct >= PACE_SPIKE_STRONG_PCT ? 'warning' : 'caution',
      contributed:
        c.paceBasis === 'predicted' && c.distanceM !== null
          ? t.contributedRace({ pct: formatPercent(Math.round(c.pacePct), c.language), time: formatDuration(c.distanceM / c.medianSpeedMs), pace, sessions: c.recentCount })
          : t.contributed({ pct: formatPercent(Math.round(c.pacePct), c.language), pace, runs: c.recentCount }),
      nextTime: c.paceBasis === 'predicted' ? t.nextTimeRace({ pace }) : t.nextTime({ pace }),
      why: t.why(),
      amounts: [{ key: 'pctFaster', value: Math.round(c.pacePct), unit: '%' }],
      sources: c.paceBasis === 'predicted' ? [SOURCES.schwellnus2011, SOURCES.riegel1981] : [SOURCES.schwellnus2011],
    };
  },
});
