import type { Finding } from './analysis';
import { type Context, isWarm } from './context';
import { formatDistance, formatDuration, formatPace, formatPercent } from './format';
import { PACE_SPIKE_STRONG_PCT } from './history';
import { SOURCES } from './sources';

/** Longer than the longest session in the previous 30 days (Frandsen et al. 2025). */
export function distanceSpikeFinding(c: Context): Finding | null {
  const s = c.spike;
  if (s === null) return null;
  const d = (m: number) => formatDistance(m, c.units);
  return {
    id: 'distance-spike',
    severity: s.pctLonger > 100 ? 'warning' : 'caution',
    lacked: `Probably build-up: this run was ${formatPercent(Math.round(s.pctLonger))} longer (${s.band}) than your longest in the previous 30 days (${d(c.longestM)}).`,
    nextTime: `Build toward it: keep single runs within about 10 % of your longest recent run (about ${d(c.longestM * 1.1)} next).`,
    why: `Runs ${s.band} than the 30-day longest carried an injury hazard ratio of ${s.hazardRatio} (${s.hazardLow}–${s.hazardHigh}) in 5,205 runners, and unaccustomed distance is a known cramp risk factor.`,
    amounts: [
      { key: 'pctLonger', value: Math.round(s.pctLonger), unit: '%' },
      { key: 'longestRecentM', value: Math.round(c.longestM), unit: 'm' },
    ],
    sources: [SOURCES.frandsen2025, SOURCES.schwellnus2011],
  };
}

/** Faster than the runner's usual pace (Schwellnus et al. 2011). */
export function paceSpikeFinding(c: Context): Finding | null {
  if (c.pacePct === null || c.medianSpeedMs === null) return null;
  return {
    id: 'pace-spike',
    severity: c.pacePct >= PACE_SPIKE_STRONG_PCT ? 'warning' : 'caution',
    lacked: `Probably pacing: about ${formatPercent(Math.round(c.pacePct))} faster than your usual ${formatPace(c.medianSpeedMs, c.units)} (median of ${c.recentCount} runs in the previous 30 days).`,
    nextTime: `Start at your usual ${formatPace(c.medianSpeedMs, c.units)} for the first third and speed up only late.`,
    why: 'Running faster than usual, especially early, is one of the strongest risk factors found in athletes who cramped.',
    amounts: [{ key: 'pctFaster', value: Math.round(c.pacePct), unit: '%' }],
    sources: [SOURCES.schwellnus2011],
  };
}

/** A self-reported cramp history is the strongest known predictor (Schwellnus 2011). */
export function crampHistoryFinding(c: Context): Finding | null {
  if (c.crampHistory !== 'sometimes' && c.crampHistory !== 'often') return null;
  return {
    id: 'cramp-history',
    severity: c.crampHistory === 'often' ? 'warning' : 'caution',
    lacked: `Not a lack: you cramp ${c.crampHistory}, which is the strongest known predictor of the next cramp.`,
    nextTime: 'Hold your usual pace early, practise the distance in training, and stretch the cramping muscle at the first twinge.',
    why: 'Athletes with a cramp history cramped far more often in Ironman and ultramarathon cohorts, whatever their fluid or electrolyte status.',
    sources: [SOURCES.schwellnus2011],
  };
}

/** Racing raises intensity and cramp rates (Schwellnus 2011). */
export function raceFinding(c: Context): Finding | null {
  if (!c.isRace) return null;
  return {
    id: 'race',
    severity: 'caution',
    lacked: 'Race effort: cramps are reported far more often in races than in training, mostly late in the event.',
    nextTime: 'Start at goal pace or slower, and rehearse race-day drinks and fuel in long training runs.',
    why: 'This activity was marked as a race, and racing intensity is a known cramp risk factor.',
    sources: [SOURCES.schwellnus2011],
  };
}

/** Under 45 min, not hot, no jump in distance or pace, not a race: nothing to fix. */
export function shortEasy(c: Context): Finding | null {
  if (!(c.minutes > 0 && c.minutes < 45) || isWarm(c) || c.spike !== null || c.pacePct !== null || c.isRace) return null;
  return {
    id: 'short-easy',
    severity: 'info',
    lacked: 'Nothing in particular: nothing to worry about on this one.',
    nextTime: 'No change needed: runs under 45 min need no drinks or fuel on the way.',
    why: `${formatDuration(c.durationS)} without a jump in pace or distance, and not in the heat.`,
    sources: [SOURCES.jeukendrup2014, SOURCES.sawka2007],
  };
}
