import { formatDuration, formatPercent, formatRateLph, formatVolumeMl } from '../format';
import { roundTo } from '../round';
import { SOURCES } from '../sources';
import { defineFinding, weak } from './define';

/**
 * Drinking nothing would have cost ≥ 2 % of body mass (ACSM 2007). Not beside `overdrinking-risk`:
 * in the hyponatremia profile a deficit warning would push the wrong way (Hew-Butler 2015).
 */
export const fluidDeficit = defineFinding({
  id: 'fluid-deficit',
  order: { rule: 80, contributor: 70 },
  weight: weak(0.5),
  needs: ['minutes', 'lossPct', 'hyponatremia', 'plan', 'lossMl', 'sweat', 'durationS'],
  rule: (c, t) => {
    if (c.minutes <= 45 || c.lossPct < 2 || c.hyponatremia) return null;
    const vol = (ml: number) => formatVolumeMl(roundTo(ml, 50), c.units, c.language);
    const { during, after } = c.plan;
    const sips =
      during.sipMl !== null && during.sipEveryMin !== null
        ? { sip: vol(during.sipMl), everyMin: during.sipEveryMin, perH: vol(during.fluidMlPerH) }
        : null;
    return {
      severity: c.lossPct >= 3 ? 'warning' : 'caution',
      contributed: t.contributed({ loss: vol(c.lossMl.value), low: vol(c.lossMl.low), high: vol(c.lossMl.high), pct: formatPercent(c.lossPct, c.language) }),
      nextTime: t.nextTime({
        sips,
        ceiling: during.strategy === 'thirst' && during.fluidMlPerH > 0 ? vol(during.fluidMlPerH) : null,
        after: after.fluidMl > 0 ? vol(after.fluidMl) : null,
        afterHigh: after.fluidMl > 0 ? vol(after.fluidMlHigh ?? after.fluidMl) : null,
      }),
      why: t.why({ rate: formatRateLph(c.sweat.value, c.units, c.language), duration: formatDuration(c.durationS) }),
      amounts: [
        { key: 'sweatLossMl', value: roundTo(c.lossMl.value, 50), low: roundTo(c.lossMl.low, 50), high: roundTo(c.lossMl.high, 50), unit: 'mL' },
        { key: 'fluidMlPerH', value: during.fluidMlPerH, unit: 'mL/h' },
        { key: 'afterFluidMl', value: after.fluidMl, high: after.fluidMlHigh ?? after.fluidMl, unit: 'mL' },
      ],
      sources: [SOURCES.sawka2007, SOURCES.nata2017, c.sweat.basis === 'predicted' ? SOURCES.barnes2019 : SOURCES.sawka2007],
    };
  },
});
