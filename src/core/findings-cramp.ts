import type { Finding } from './analysis';
import { type Context, isWarm } from './context';
import { formatDistance, formatDuration, formatNumber, formatPace, formatPercent } from './format';
import { PACE_SPIKE_STRONG_PCT } from './recent-training';
import { msg } from './i18n/index';
import type { SessionKind } from './i18n/en/cramp';
import { SOURCES } from './sources';

/** Runners in Frandsen et al. 2025. */
const FRANDSEN_RUNNERS = 5205;

const KIND: Record<Exclude<Context['family'], 'run'>, SessionKind> = { ride: 'ride', foot: 'walk', other: 'session' };

/**
 * Longer than the longest session in the previous 30 days (Frandsen et al. 2025). The hazard
 * ratios are for running injuries in runners: other sports get a plain "longer than usual" note.
 */
export function distanceSpikeFinding(c: Context): Finding | null {
  const s = c.spike;
  if (s === null) return null;
  const m = msg(c);
  const d = (x: number) => formatDistance(x, c.units, c.language);
  const n = (x: number) => formatNumber(x, 2, c.language);
  const amounts = [
    { key: 'pctLonger', value: Math.round(s.pctLonger), unit: '%' },
    { key: 'longestRecentM', value: Math.round(c.longestM), unit: 'm' },
  ];
  if (c.family !== 'run') {
    return {
      id: 'distance-spike',
      severity: s.pctLonger > 100 ? 'caution' : 'info',
      lacked: m.distanceSpikeOtherLacked({ pct: formatPercent(Math.round(s.pctLonger), c.language), longest: d(c.longestM), kind: KIND[c.family] }),
      nextTime: m.distanceSpikeNextTime({ next: d(c.longestM * 1.1) }),
      why: m.distanceSpikeOtherWhy(),
      amounts,
      sources: [SOURCES.schwellnus2011],
    };
  }
  return {
    id: 'distance-spike',
    severity: s.pctLonger > 100 ? 'warning' : 'caution',
    lacked: m.distanceSpikeLacked({ pct: formatPercent(Math.round(s.pctLonger), c.language), band: s.band, longest: d(c.longestM) }),
    nextTime: m.distanceSpikeNextTime({ next: d(c.longestM * 1.1) }),
    why: m.distanceSpikeWhy({
      band: s.band,
      hazard: n(s.hazardRatio),
      low: n(s.hazardLow),
      high: n(s.hazardHigh),
      runners: formatNumber(FRANDSEN_RUNNERS, 0, c.language),
    }),
    amounts,
    sources: [SOURCES.frandsen2025, SOURCES.schwellnus2011],
  };
}

/** Faster than the runner's usual pace (Schwellnus et al. 2011). */
export function paceSpikeFinding(c: Context): Finding | null {
  if (c.pacePct === null || c.medianSpeedMs === null) return null;
  const m = msg(c);
  const pace = formatPace(c.medianSpeedMs, c.units);
  return {
    id: 'pace-spike',
    severity: c.pacePct >= PACE_SPIKE_STRONG_PCT ? 'warning' : 'caution',
    lacked: m.paceSpikeLacked({ pct: formatPercent(Math.round(c.pacePct), c.language), pace, runs: c.recentCount }),
    nextTime: m.paceSpikeNextTime({ pace }),
    why: m.paceSpikeWhy(),
    amounts: [{ key: 'pctFaster', value: Math.round(c.pacePct), unit: '%' }],
    sources: [SOURCES.schwellnus2011],
  };
}

/** A self-reported cramp history is the strongest known predictor (Schwellnus 2011). */
export function crampHistoryFinding(c: Context): Finding | null {
  if (c.crampHistory !== 'sometimes' && c.crampHistory !== 'often') return null;
  const m = msg(c);
  return {
    id: 'cramp-history',
    severity: c.crampHistory === 'often' ? 'warning' : 'caution',
    lacked: m.crampHistoryLacked({ often: c.crampHistory === 'often' }),
    nextTime: m.crampHistoryNextTime(),
    why: m.crampHistoryWhy(),
    sources: [SOURCES.schwellnus2011],
  };
}

/** Racing raises intensity and cramp rates (Schwellnus 2011). */
export function raceFinding(c: Context): Finding | null {
  if (!c.isRace) return null;
  const m = msg(c);
  return { id: 'race', severity: 'caution', lacked: m.raceLacked(), nextTime: m.raceNextTime(), why: m.raceWhy(), sources: [SOURCES.schwellnus2011] };
}

/** Under 45 min, not hot, no jump in distance or pace, not a race: nothing to fix. */
export function shortEasy(c: Context): Finding | null {
  if (!(c.minutes > 0 && c.minutes < 45) || isWarm(c) || c.spike !== null || c.pacePct !== null || c.isRace) return null;
  const m = msg(c);
  return {
    id: 'short-easy',
    severity: 'info',
    lacked: m.shortEasyLacked(),
    nextTime: m.shortEasyNextTime(),
    why: m.shortEasyWhy({ duration: formatDuration(c.durationS) }),
    sources: [SOURCES.jeukendrup2014, SOURCES.sawka2007],
  };
}
