import { formatDuration, formatMass, formatRateLph, formatVolumeMl } from '../format';
import { roundTo } from '../round';
import { isLight, isSlow } from '../fluid-strategy';
import { SOURCES } from '../sources';
import { defineFinding, noRisk } from './define';

/**
 * Long, slow or light: the profile of exercise-associated hyponatremia (Hew-Butler 2015). A weight
 * gain on the scale beyond its error is over-drinking itself, whatever the duration (NATA 2017).
 */
export const overdrinkingRisk = defineFinding({
  id: 'overdrinking-risk',
  order: { rule: 100 },
  weight: noRisk,
  needs: ['hyponatremia', 'speedMs', 'massKnown', 'massKg', 'plan', 'sweat', 'durationS', 'gainKg', 'took', 'lossMl'],
  rule: (c, t) => {
    const max = formatVolumeMl(c.plan.during.fluidMlPerH, c.units, c.language);
    if (c.gainKg > 0) {
      const vol = (ml: number) => formatVolumeMl(roundTo(ml, 50), c.units, c.language);
      return {
        severity: 'warning',
        contributed: t.gained({ gain: formatMass(c.gainKg, c.units, c.language) }),
        nextTime: t.gainedNextTime({ max }),
        why: t.gainedWhy({ took: vol(c.took.fluidMl ?? 0), loss: vol(c.lossMl.value) }),
        amounts: [
          { key: 'massGainKg', value: Math.round(c.gainKg * 10) / 10, unit: 'kg' },
          { key: 'maxFluidMlPerH', value: c.plan.during.fluidMlPerH, unit: 'mL/h' },
        ],
        sources: [SOURCES.nata2017, SOURCES.hewButler2015],
      };
    }
    if (!c.hyponatremia) return null;
    return {
      severity: 'caution',
      contributed: t.contributed(),
      nextTime: t.nextTime({ max, rate: formatRateLph(c.sweat.value, c.units, c.language) }),
      why: t.why({ duration: formatDuration(c.durationS), slow: isSlow(c), light: isLight({ massKg: c.massKnown ? c.massKg : null }) }),
      amounts: [{ key: 'maxFluidMlPerH', value: c.plan.during.fluidMlPerH, unit: 'mL/h' }],
      sources: [SOURCES.hewButler2015, SOURCES.nata2017],
    };
  },
});
