import type { Finding } from './analysis';
import { type Context, isWarm, sodiumMatters } from './context';
import { formatDuration, formatPercent, formatRateLph, formatSodiumMg, formatVolumeMl } from './format';
import { roundTo } from './round';
import { SOURCES } from './sources';

const basisSource = (c: Context): string => (c.sweat.basis === 'predicted' ? SOURCES.barnes2019 : SOURCES.sawka2007);

/** Drinking nothing would have cost ≥ 2 % of body mass (ACSM 2007). */
export function fluidDeficit(c: Context): Finding | null {
  if (c.minutes <= 45 || c.lossPct < 2) return null;
  const vol = (ml: number) => formatVolumeMl(roundTo(ml, 50), c.units);
  const { during, after } = c.plan;
  const drink =
    during.sipMl !== null && during.sipEveryMin !== null
      ? `Drink about ${vol(during.sipMl)} every ${during.sipEveryMin} min (${vol(during.fluidMlPerH)} per hour) from early on`
      : 'Drink to thirst from early on';
  return {
    id: 'fluid-deficit',
    severity: c.lossPct >= 3 ? 'warning' : 'caution',
    lacked: `Probably fluid, if you drank little: about ${vol(c.lossMl.value)} of sweat (${vol(c.lossMl.low)}–${vol(c.lossMl.high)}), ${formatPercent(c.lossPct)} of body mass.`,
    nextTime: `${drink}, and ${vol(after.fluidMl)}–${vol(after.fluidMlHigh ?? after.fluidMl)} in the hours after.`,
    why: `At an estimated ${formatRateLph(c.sweat.value, c.units)} for ${formatDuration(c.durationS)}, drinking nothing goes past the 2 % body-mass loss the guidelines aim to stay under.`,
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
  const slow = c.speedMs !== null && c.speedMs < 2.5;
  const light = c.massKnown && c.massKg < 60;
  if (!(c.minutes > 240 || (c.minutes > 180 && (slow || light || c.female)))) return null;
  const reasons = [formatDuration(c.durationS), slow ? 'at an easy pace' : '', light ? 'with a low body mass' : ''].filter(Boolean);
  return {
    id: 'overdrinking-risk',
    severity: 'caution',
    lacked: 'Not fluid: on a session this long, drinking more than you sweat (diluting blood sodium) is the bigger danger.',
    nextTime: `Drink to thirst and no more than about ${formatVolumeMl(c.plan.during.fluidMlPerH, c.units)} per hour (your estimated sweat is ${formatRateLph(c.sweat.value, c.units)}); weighing more after than before means you drank too much.`,
    why: `${reasons.join(' ')} matches the known risk profile for exercise-associated hyponatremia, whose main cause is drinking beyond sweat loss.`,
    amounts: [{ key: 'maxFluidMlPerH', value: c.plan.during.fluidMlPerH, unit: 'mL/h' }],
    sources: [SOURCES.hewButler2015, SOURCES.nata2017],
  };
}

/** Long or hot sweating replaced with plain water (Lau, Kato & Nosaka 2019). */
export function sodiumDeficit(c: Context): Finding | null {
  if (!sodiumMatters(c)) return null;
  const mg = (x: number) => formatSodiumMg(roundTo(x, 50));
  const perH = c.plan.during.sodiumMgPerH;
  return {
    id: 'sodium-deficit',
    severity: c.saltySweater || c.sodiumMg.value >= 3000 ? 'warning' : 'caution',
    lacked: `Probably sodium, if you drank only water: about ${mg(c.sodiumMg.value)} (${mg(c.sodiumMg.low)}–${mg(c.sodiumMg.high)}) lost in sweat.`,
    nextTime: `Take about ${mg(perH)} sodium per hour in what you drink or as capsules, rather than plain water.`,
    why: `${formatDuration(c.durationS)}${isWarm(c) ? ' in the heat' : ''} with an estimated ${formatPercent(c.lossPct)} body-mass sweat loss${c.saltySweater ? ' as a salty sweater' : ''}: replacing that with water alone made cramps easier to trigger in a lab study.`,
    amounts: [
      { key: 'sodiumLossMg', value: roundTo(c.sodiumMg.value, 50), low: roundTo(c.sodiumMg.low, 50), high: roundTo(c.sodiumMg.high, 50), unit: 'mg' },
      { key: 'sodiumMgPerH', value: perH, unit: 'mg/h' },
    ],
    sources: [SOURCES.lau2019, SOURCES.lara2016, SOURCES.mcCubbin2018],
  };
}
