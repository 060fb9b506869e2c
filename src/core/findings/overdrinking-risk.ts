import { formatDuration, formatRateLph, formatVolumeMl } from '../format';
import { isLight, isSlow } from '../fluid-strategy';
import { SOURCES } from '../sources';
import { defineFinding, noRisk } from './define';

/** Long, slow or light: the profile of exercise-associated hyponatremia (Hew-Butler 2015). */
export const overdrinkingRisk = defineFinding({
  id: 'overdrinking-risk',
  order: { rule: 100 },
  weight: noRisk,
  needs: ['hyponatremia', 'speedMs', 'massKnown', 'massKg', 'plan', 'sweat', 'durationS'],
  rule: (c, t) => {
    if (!c.hyponatremia) return null;
    return {
      severity: 'caution',
      contributed: t.contributed(),
      nextTime: t.nextTime({ max: formatVolumeMl(c.plan.during.fluidMlPerH, c.units, c.language), rate: formatRateLph(c.sweat.value, c.units, c.language) }),
      why: t.why({ duration: formatDuration(c.durationS), slow: isSlow(c), light: isLight({ massKg: c.massKnown ? c.massKg : null }) }),
      amounts: [{ key: 'maxFluidMlPerH', value: c.plan.during.fluidMlPerH, unit: 'mL/h' }],
      sources: [SOURCES.hewButler2015, SOURCES.nata2017],
    };
  },
});
