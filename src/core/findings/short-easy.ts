import { isWarm } from '../context';
import { formatDuration } from '../format';
import { SOURCES } from '../sources';
import { defineFinding, noRisk } from './define';

/** Under 45 min, not hot, no jump in distance or pace, not a race: nothing to fix. */
export const shortEasy = defineFinding({
  id: 'short-easy',
  order: { rule: 120 },
  weight: noRisk,
  needs: ['minutes', 'flag', 'spike', 'pacePct', 'isRace', 'durationS'],
  rule: (c, t) => {
    if (!(c.minutes > 0 && c.minutes < 45) || isWarm(c) || c.spike !== null || c.pacePct !== null || c.isRace) return null;
    return {
      severity: 'info',
      contributed: t.contributed(),
      nextTime: t.nextTime(),
      why: t.why({ duration: formatDuration(c.durationS) }),
      sources: [SOURCES.jeukendrup2014, SOURCES.sawka2007],
    };
  },
});
