import type { Finding } from './analysis';
import { type Context, isWarm, sodiumMatters } from './context';
import { formatDuration, formatPercent, formatRateLph, formatSodiumMg, formatVolumeMl } from './format';
import { msg } from './i18n/index';
import { roundTo } from './round';
import { SOURCES } from './sources';
import { isLight, isSlow } from './fluid-strategy';

const basisSource = (c: Context): string => (c.sweat.basis === 'predicted' ? SOURCES.barnes2019 : SOURCES.sawka2007);

/**
 * Drinking nothing would have cost ≥ 2 % of body mass (ACSM 2007). Not beside `overdrinking-risk`:
 * in the hyponatremia profile a deficit warning would push the wrong way (Hew-Butler 2015).
 */
export function fluidDeficit(c: Context): Finding | null {
  if (c.minutes <= 45 || c.lossPct < 2 || c.hyponatremia) return null;
  const m = msg(c);
  const vol = (ml: number) => formatVolumeMl(roundTo(ml, 50), c.units, c.language);
  const { during, after } = c.plan;
  const sips =
    during.sipMl !== null && during.sipEveryMin !== null
      ? { sip: vol(during.sipMl), everyMin: during.sipEveryMin, perH: vol(during.fluidMlPerH) }
      : null;
  return {
    id: 'fluid-deficit',
    severity: c.lossPct >= 3 ? 'warning' : 'caution',
    lacked: m.fluidDeficitLacked({
      loss: vol(c.lossMl.value),
      low: vol(c.lossMl.low),
      high: vol(c.lossMl.high),
      pct: formatPercent(c.lossPct, c.language),
    }),
    nextTime: m.fluidDeficitNextTime({
      sips,
      ceiling: during.strategy === 'thirst' && during.fluidMlPerH > 0 ? vol(during.fluidMlPerH) : null,
      after: after.fluidMl > 0 ? vol(after.fluidMl) : null,
      afterHigh: after.fluidMl > 0 ? vol(after.fluidMlHigh ?? after.fluidMl) : null,
    }),
    why: m.fluidDeficitWhy({ rate: formatRateLph(c.sweat.value, c.units, c.language), duration: formatDuration(c.durationS) }),
    amounts: [
      { key: 'sweatLossMl', value: roundTo(c.lossMl.value, 50), low: roundTo(c.lossMl.low, 50), high: roundTo(c.lossMl.high, 50), unit: 'mL' },
      { key: 'fluidMlPerH', value: during.fluidMlPerH, unit: 'mL/h' },
      { key: 'afterFluidMl', value: after.fluidMl, high: after.fluidMlHigh ?? after.fluidMl, unit: 'mL' },
    ],
    sources: [SOURCES.sawka2007, SOURCES.nata2017, basisSource(c)],
  };
}

/** Long, slow or light: the profile of exercise-associated hyponatremia (Hew-Butler 2015). */
export function overdrinkingRisk(c: Context): Finding | null {
  if (!c.hyponatremia) return null;
  const slow = isSlow(c);
  const light = isLight({ massKg: c.massKnown ? c.massKg : null });
  const m = msg(c);
  return {
    id: 'overdrinking-risk',
    severity: 'caution',
    lacked: m.overdrinkingLacked(),
    nextTime: m.overdrinkingNextTime({
      max: formatVolumeMl(c.plan.during.fluidMlPerH, c.units, c.language),
      rate: formatRateLph(c.sweat.value, c.units, c.language),
    }),
    why: m.overdrinkingWhy({ duration: formatDuration(c.durationS), slow, light }),
    amounts: [{ key: 'maxFluidMlPerH', value: c.plan.during.fluidMlPerH, unit: 'mL/h' }],
    sources: [SOURCES.hewButler2015, SOURCES.nata2017],
  };
}

/**
 * A salty sweater losing a lot of sodium in a long hot session: the one group where sodium loss is
 * a plausible cramp contributor (Stofan 2005; Bergeron 2003). Counts as moderate cramp risk (risk.ts).
 */
export const saltyLongHot = (c: Context): boolean => c.saltySweater && isWarm(c) && c.minutes >= 120 && c.sodiumMg.value >= 2000;

/** Long or hot sweating replaced with plain water (Lau, Kato & Nosaka 2019). */
export function sodiumDeficit(c: Context): Finding | null {
  if (!sodiumMatters(c)) return null;
  const m = msg(c);
  const mg = (x: number) => formatSodiumMg(roundTo(x, 50), c.language);
  const perH = c.plan.during.sodiumMgPerH;
  return {
    id: 'sodium-deficit',
    severity: saltyLongHot(c) ? 'warning' : 'caution',
    lacked: m.sodiumDeficitLacked({ loss: mg(c.sodiumMg.value), low: mg(c.sodiumMg.low), high: mg(c.sodiumMg.high) }),
    nextTime: m.sodiumDeficitNextTime({ perH: mg(perH) }),
    why: m.sodiumDeficitWhy({
      duration: formatDuration(c.durationS),
      warm: isWarm(c),
      pct: formatPercent(c.lossPct, c.language),
      salty: c.saltySweater,
    }),
    amounts: [
      { key: 'sodiumLossMg', value: roundTo(c.sodiumMg.value, 50), low: roundTo(c.sodiumMg.low, 50), high: roundTo(c.sodiumMg.high, 50), unit: 'mg' },
      { key: 'sodiumMgPerH', value: perH, unit: 'mg/h' },
    ],
    sources: [SOURCES.lau2019, SOURCES.lara2016, SOURCES.mcCubbin2018],
  };
}
