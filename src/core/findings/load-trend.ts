import { formatNumber, formatPercent } from '../format';
import { LOAD_RISE_CAUTION_PCT } from '../own-patterns';
import { SOURCES } from '../sources';
import { toShown, unitSymbol } from '../units';
import { defineFinding, weak } from './define';
import { FRANDSEN_RUNNERS } from './distance-spike';

/** Gabbett 2016's "sweet spot" and "danger zone" for the acute:chronic workload ratio. */
const ACWR_SAFE_LOW = 0.8;
const ACWR_SAFE_HIGH = 1.3;
const ACWR_DANGER = 1.5;

/**
 * Weekly volume rising over the 4 weeks before the activity. Info or caution, never a warning: the
 * week-to-week ratio showed no link with injury in Frandsen et al. 2025, and the acute:chronic
 * ratio (Gabbett 2016) is contested (Impellizzeri et al. 2020), so it is only a secondary note.
 */
export const loadTrend = defineFinding({
  id: 'load-trend',
  order: { rule: 60, contributor: 90 },
  /** Week-to-week change showed no link with injury (Frandsen 2025); ACWR is contested. */
  weight: weak(0.25),
  needs: ['loadTrend', 'family'],
  rule: (c, t) => {
    const trend = c.loadTrend;
    if (trend === null) return null;
    const weeks = `${trend.weeksM.map((x) => formatNumber(toShown('distance', x, c.units), 0, c.language)).join(' → ')} ${unitSymbol('distance', c.units)}`;
    const n = (x: number) => formatNumber(x, 2, c.language);
    return {
      severity: trend.risePct >= LOAD_RISE_CAUTION_PCT ? 'caution' : 'info',
      contributed: t.contributed({ weeks, pct: formatPercent(Math.round(trend.risePct), c.language) }),
      nextTime: t.nextTime(),
      why: t.why({
        // Frandsen 2025 measured running injuries in runners: quoted for runs only.
        runners: c.family === 'run' ? formatNumber(FRANDSEN_RUNNERS, 0, c.language) : null,
        acwr: n(trend.acwr),
        low: n(ACWR_SAFE_LOW),
        high: n(ACWR_SAFE_HIGH),
        danger: n(ACWR_DANGER),
      }),
      amounts: [
        ...trend.weeksM.map((x, i) => ({ key: `weekM${i + 1}`, value: Math.round(x), unit: 'm' })),
        { key: 'weeklyRisePct', value: Math.round(trend.risePct), unit: '%' },
        { key: 'acwrCoupled', value: trend.acwr, unit: 'ratio' },
      ],
      sources: c.family === 'run' ? [SOURCES.frandsen2025, SOURCES.gabbett2016, SOURCES.impellizzeri2020] : [SOURCES.gabbett2016, SOURCES.impellizzeri2020],
    };
  },
});
