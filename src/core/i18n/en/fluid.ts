import type { Catalogue } from '../types';
import type { HeatFlag } from '../../analysis';
import type { CarbBand } from '../../carbs';

/**
 * English sentences for fluid, sodium, fuel and heat findings. This file defines the shape the
 * German and French catalogues must match. Amounts arrive already formatted for the language.
 */
/** A sip schedule: one sip of `sip` every `everyMin` minutes, `perH` per hour. */
export interface Sips {
  sip: string;
  everyMin: number;
  perH: string;
}

const CARB_NOTE: Record<CarbBand, string> = {
  none: 'no carbohydrate needed',
  'mouth-rinse': 'a sports-drink mouth rinse or a few sips is enough',
  'up-to-30': 'up to 30 g carbohydrate per hour',
  'up-to-60': 'up to 60 g carbohydrate per hour',
  'up-to-90': 'up to 90 g per hour from glucose + fructose mixes, built up in training',
};

export const fluid = {
  fluidDeficitLacked: (p: { loss: string; low: string; high: string; pct: string }) =>
    `Probably fluid, if you drank little: about ${p.loss} of sweat (${p.low}–${p.high}), ${p.pct} of body mass.`,
  fluidDeficitNextTime: (p: { sips: Sips | null; after: string; afterHigh: string }) =>
    `${p.sips !== null ? `Drink about ${p.sips.sip} every ${p.sips.everyMin} min (${p.sips.perH} per hour) from early on` : 'Drink to thirst from early on'}, and ${p.after}–${p.afterHigh} in the hours after.`,
  fluidDeficitWhy: (p: { rate: string; duration: string }) =>
    `At an estimated ${p.rate} for ${p.duration}, drinking nothing goes past the 2 % body-mass loss the guidelines aim to stay under.`,

  overdrinkingLacked: () => 'Not fluid: on a session this long, drinking more than you sweat (diluting blood sodium) is the bigger danger.',
  overdrinkingNextTime: (p: { max: string; rate: string }) =>
    `Drink to thirst and no more than about ${p.max} per hour (your estimated sweat is ${p.rate}); weighing more after than before means you drank too much.`,
  overdrinkingWhy: (p: { duration: string; slow: boolean; light: boolean }) =>
    `${p.duration}${p.slow ? ' at an easy pace' : ''}${p.light ? ' with a low body mass' : ''} matches the known risk profile for exercise-associated hyponatremia, whose main cause is drinking beyond sweat loss.`,

  sodiumDeficitLacked: (p: { loss: string; low: string; high: string }) =>
    `Probably sodium, if you drank only water: about ${p.loss} (${p.low}–${p.high}) lost in sweat.`,
  sodiumDeficitNextTime: (p: { perH: string }) => `Take about ${p.perH} sodium per hour in what you drink or as capsules, rather than plain water.`,
  sodiumDeficitWhy: (p: { duration: string; warm: boolean; pct: string; salty: boolean }) =>
    `${p.duration}${p.warm ? ' in the heat' : ''} with an estimated ${p.pct} body-mass sweat loss${p.salty ? ' as a salty sweater' : ''}: replacing that with water alone made cramps easier to trigger in a lab study.`,

  fuelGapLacked: (p: { duration: string }) => `Probably carbohydrate, if you ran without: ${p.duration} drains much of your muscle glycogen.`,
  fuelGapNextTime: (p: { perH: string; after: string; afterHigh: string; protein: string; withinMin: number }) =>
    `Take about ${p.perH} carbohydrate per hour from the first 30–45 min; afterwards ${p.after}–${p.afterHigh} carbohydrate and ${p.protein} protein within ${p.withinMin} min.`,
  fuelGapWhy: (p: { duration: string; band: CarbBand }) => `For sessions of ${p.duration} the guidance is ${CARB_NOTE[p.band]}.`,

  heatLacked: (p: { wbgt: string; heatIndex: string | null }) =>
    `Heat: an estimated WBGT of ${p.wbgt}${p.heatIndex !== null ? ` (heat index ${p.heatIndex})` : ''} pushes sweat rate and effort up at any pace.`,
  heatNextTime: (p: { hot: boolean }) =>
    p.hot
      ? 'Run in the cool of the morning or evening, slow down by feel rather than pace, and start drinking in the first 15 min.'
      : 'Start drinking early and let the pace drift slower on warm stretches.',
  heatWhy: (p: { temperature: string; humidityPct: number; wbgt: string; flag: HeatFlag }) =>
    `At ${p.temperature} and ${p.humidityPct} % humidity the WBGT was about ${p.wbgt}, a ${p.flag} flag by the ACSM race criteria.`,
};
export type FluidMessages = Catalogue<typeof fluid>;
