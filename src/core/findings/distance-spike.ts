import type { Context } from '../context';
import { formatDistance, formatNumber, formatPercent } from '../format';
import type { SessionKind } from '../i18n/finding-params';
import { SOURCES } from '../sources';
import { defineFinding, strong } from './define';

/** Runners in Frandsen et al. 2025. */
export const FRANDSEN_RUNNERS = 5205;

const KIND: Record<Exclude<Context['family'], 'run'>, SessionKind> = { ride: 'ride', foot: 'walk', other: 'session' };

/**
 * Longer than the longest session in the previous 30 days (Frandsen et al. 2025). The hazard
 * ratios are for running injuries in runners: other sports get a plain "longer than usual" note.
 */
export const distanceSpike = defineFinding({
  id: 'distance-spike',
  order: { rule: 50, contributor: 50 },
  weight: strong(1.5),
  needs: ['spike', 'longestM', 'family'],
  rule: (c, t) => {
    const s = c.spike;
    if (s === null) return null;
    const d = (x: number) => formatDistance(x, c.units, c.language);
    const n = (x: number) => formatNumber(x, 2, c.language);
    const pct = formatPercent(Math.round(s.pctLonger), c.language);
    const amounts = [
      { key: 'pctLonger', value: Math.round(s.pctLonger), unit: '%' },
      { key: 'longestRecentM', value: Math.round(c.longestM), unit: 'm' },
    ];
    if (c.family !== 'run') {
      return {
        severity: s.pctLonger > 100 ? 'caution' : 'info',
        contributed: t.contributedOther({ pct, longest: d(c.longestM), kind: KIND[c.family] }),
        nextTime: t.nextTime({ next: d(c.longestM * 1.1) }),
        why: t.whyOther(),
        amounts,
        sources: [SOURCES.schwellnus2011],
      };
    }
    return {
      severity: s.pctLonger > 100 ? 'warning' : 'caution',
      contributed: t.contributed({ pct, band: s.band, longest: d(c.longestM) }),
      nextTime: t.nextTime({ next: d(c.longestM * 1.1) }),
      why: t.why({ band: s.band, hazard: n(s.hazardRatio), low: n(s.hazardLow), high: n(s.hazardHigh), runners: formatNumber(FRANDSEN_RUNNERS, 0, c.language) }),
      amounts,
      sources: [SOURCES.frandsen2025, SOURCES.schwellnus2011],
    };
  },
});
