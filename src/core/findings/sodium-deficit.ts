import { type Context, isWarm, lossMayCramp, sodiumMatters } from '../context';
import { formatDuration, formatPercent, formatSodiumMg } from '../format';
import { roundTo } from '../round';
import { SOURCES } from '../sources';
import { defineFinding, weak } from './define';
import { ENOUGH_SHARE } from '../balance';

/**
 * A salty sweater losing a lot of sodium in a long hot session: the one group where sodium loss is
 * a plausible cramp contributor (Stofan 2005; Bergeron 2003). As a warning it counts as strong
 * evidence on its own and may reach a moderate cramp risk.
 */
export const saltyLongHot = (c: Pick<Context, 'saltySweater' | 'flag' | 'minutes' | 'sodiumMg'>): boolean =>
  c.saltySweater && isWarm(c) && c.minutes >= 120 && c.sodiumMg.value >= 2000;

/**
 * Long or hot sweating replaced with plain water (Lau, Kato & Nosaka 2019). With the sodium taken
 * logged: none when it reached most of the planned replacement, else taken against lost. Named as a
 * (weak) cramp contributor only in a long hot session with a large loss (lossMayCramp); otherwise
 * the loss is reported as information with no cramp points.
 */
export const sodiumDeficit = defineFinding({
  id: 'sodium-deficit',
  order: { rule: 90, contributor: 60 },
  weight: { ...weak(0.5), info: null, warning: { class: 'strong', points: 1.5 } },
  needs: ['minutes', 'sodiumMg', 'lossPct', 'flag', 'saltySweater', 'plan', 'durationS', 'took', 'hours'],
  rule: (c, t) => {
    if (!sodiumMatters(c)) return null;
    const mg = (x: number) => formatSodiumMg(roundTo(x, 50), c.language);
    const perH = c.plan.during.sodiumMgPerH;
    const took = c.took.sodiumMg;
    if (took !== null && took >= ENOUGH_SHARE * perH * c.hours) return null;
    const cramp = lossMayCramp(c, c.lossPct);
    return {
      severity: saltyLongHot(c) ? 'warning' : cramp ? 'caution' : 'info',
      contributed:
        took === null
          ? t.contributed({ loss: mg(c.sodiumMg.value), low: mg(c.sodiumMg.low), high: mg(c.sodiumMg.high), cramp })
          : t.took({ took: mg(took), loss: mg(c.sodiumMg.value), low: mg(c.sodiumMg.low), high: mg(c.sodiumMg.high), cramp }),
      nextTime: t.nextTime({ perH: mg(perH) }),
      why: t.why({ duration: formatDuration(c.durationS), warm: isWarm(c), pct: formatPercent(c.lossPct, c.language), salty: c.saltySweater }),
      amounts: [
        { key: 'sodiumLossMg', value: roundTo(c.sodiumMg.value, 50), low: roundTo(c.sodiumMg.low, 50), high: roundTo(c.sodiumMg.high, 50), unit: 'mg' },
        { key: 'sodiumMgPerH', value: perH, unit: 'mg/h' },
      ],
      sources: [SOURCES.lau2019, SOURCES.lara2016, SOURCES.mcCubbin2018, SOURCES.schwellnus2004, SOURCES.hoffmanStuempfle2015, SOURCES.martinezNavarro2022],
    };
  },
});
