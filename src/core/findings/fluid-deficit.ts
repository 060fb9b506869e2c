import { formatDuration, formatPercent, formatRateLph, formatVolumeMl } from '../format';
import { roundTo } from '../round';
import { SOURCES } from '../sources';
import { lossMayCramp } from '../context';
import { defineFinding, weak } from './define';
import { fluidDeficitMl } from '../balance';

/**
 * Drinking nothing would have cost ≥ 2 % of body mass (ACSM 2007); with the drink (or both weights)
 * logged, what was lost beyond what was drunk must pass 2 %. Not beside `overdrinking-risk`: in the
 * hyponatremia profile a deficit warning would push the wrong way (Hew-Butler 2015). A (weak) cramp
 * contributor only in a long hot session (lossMayCramp); otherwise information with no cramp points.
 */
export const fluidDeficit = defineFinding({
  id: 'fluid-deficit',
  order: { rule: 80, contributor: 70 },
  weight: { ...weak(0.5), info: null },
  needs: ['minutes', 'flag', 'lossPct', 'hyponatremia', 'plan', 'lossMl', 'sweat', 'durationS', 'took', 'weighed', 'massKg'],
  rule: (c, t) => {
    if (c.minutes <= 45 || c.hyponatremia) return null;
    const deficitMl = fluidDeficitMl(c);
    const pct = deficitMl === null ? c.lossPct : deficitMl / 10 / c.massKg;
    if (deficitMl === null ? pct < 2 : !(pct > 2)) return null;
    const vol = (ml: number) => formatVolumeMl(roundTo(ml, 50), c.units, c.language);
    const { during, after } = c.plan;
    const sips =
      during.sipMl !== null && during.sipEveryMin !== null
        ? { sip: vol(during.sipMl), everyMin: during.sipEveryMin, perH: vol(during.fluidMlPerH) }
        : null;
    const cramp = lossMayCramp(c, pct);
    return {
      severity: !cramp ? 'info' : pct >= 3 ? 'warning' : 'caution',
      contributed:
        deficitMl === null
          ? t.contributed({ loss: vol(c.lossMl.value), low: vol(c.lossMl.low), high: vol(c.lossMl.high), pct: formatPercent(c.lossPct, c.language), cramp })
          : t.took({
              took: vol(c.took.fluidMl ?? 0),
              loss: vol(c.lossMl.value),
              low: vol(c.lossMl.low),
              high: vol(c.lossMl.high),
              pct: formatPercent(pct, c.language),
              weighed: c.weighed,
              cramp,
            }),
      nextTime: t.nextTime({
        sips,
        ceiling: during.strategy === 'thirst' && during.fluidMlPerH > 0 ? vol(during.fluidMlPerH) : null,
        after: after.fluidMl > 0 ? vol(after.fluidMl) : null,
        afterHigh: after.fluidMl > 0 ? vol(after.fluidMlHigh ?? after.fluidMl) : null,
      }),
      why:
        deficitMl === null
          ? t.why({ rate: formatRateLph(c.sweat.value, c.units, c.language), duration: formatDuration(c.durationS) })
          : t.tookWhy({ pct: formatPercent(pct, c.language) }),
      amounts: [
        { key: 'sweatLossMl', value: roundTo(c.lossMl.value, 50), low: roundTo(c.lossMl.low, 50), high: roundTo(c.lossMl.high, 50), unit: 'mL' },
        { key: 'fluidMlPerH', value: during.fluidMlPerH, unit: 'mL/h' },
        { key: 'afterFluidMl', value: after.fluidMl, high: after.fluidMlHigh ?? after.fluidMl, unit: 'mL' },
      ],
      sources: [SOURCES.sawka2007, SOURCES.nata2017, c.sweat.basis === 'predicted' ? SOURCES.barnes2019 : SOURCES.sawka2007, SOURCES.schwellnus2004, SOURCES.hoffmanStuempfle2015],
    };
  },
});
