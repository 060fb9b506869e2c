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
  'as-tolerated': 'as much carbohydrate as your gut tolerates, often 30–60 g per hour on ultra distances, practised in training',
};

/** What a sport's heat advice talks about: the runner's pace, the rider's power, the walker's breaks. */
export type HeatSport = 'run' | 'ride' | 'foot' | 'other';
type HotFlag = 'yellow' | 'red' | 'black';
const HEAT_ADVICE: Record<HotFlag, Record<HeatSport, string>> = {
  yellow: {
    run: 'Start drinking early and let the pace drift slower on warm stretches.',
    ride: 'Start drinking early and ease the power on warm climbs.',
    foot: 'Start drinking early and slow down on sunny, warm stretches.',
    other: 'Start drinking early and ease off when it gets warm.',
  },
  red: {
    run: 'Run in the cooler hours, slow down by feel rather than pace, and start drinking in the first 15 min.',
    ride: 'Ride in the cooler hours, keep the power easy on climbs, and start drinking in the first 15 min.',
    foot: 'Go in the cooler hours, take shade breaks and a shorter route, and carry water.',
    other: 'Train in the cooler hours, ease off, and start drinking in the first 15 min.',
  },
  black: {
    run: 'If you run anyway, go slow by feel and stop at the first dizziness, confusion or chills.',
    ride: 'If you ride anyway, keep the power easy and stop at the first dizziness, confusion or chills.',
    foot: 'If you go anyway, keep it short, rest in the shade and stop at the first dizziness or confusion.',
    other: 'If you go anyway, keep it easy and stop at the first dizziness, confusion or chills.',
  },
};
const FLAG_NAME: Record<HeatFlag, string> = { white: 'white', green: 'green', yellow: 'yellow', red: 'red', black: 'black' };

/** Recovery amounts, when the session was long or hard enough to need them. */
export interface Recovery {
  after: string;
  afterHigh: string;
  protein: string;
  withinMin: number;
  withinH: number;
}

export const fluid = {
  fluidDeficitLacked: (p: { loss: string; low: string; high: string; pct: string }) =>
    `Fluid may have contributed if you drank little: about ${p.loss} of sweat (${p.low}–${p.high}), ${p.pct} of body mass.`,
  fluidDeficitNextTime: (p: { sips: Sips | null; ceiling: string | null; after: string | null; afterHigh: string | null }) =>
    `${p.sips !== null ? `Drink about ${p.sips.sip} every ${p.sips.everyMin} min (${p.sips.perH} per hour) from early on` : `Drink to thirst from early on${p.ceiling !== null ? `, no more than about ${p.ceiling} per hour` : ''}`}${p.after !== null ? `, and ${p.after}–${p.afterHigh} in the hours after.` : ', then drink normally with your meals.'}`,
  fluidDeficitWhy: (p: { rate: string; duration: string }) =>
    `At an estimated ${p.rate} for ${p.duration}, drinking nothing goes past the 2 % body-mass loss the guidelines aim to stay under.`,

  overdrinkingLacked: () => 'Not fluid: on a session this long, drinking more than you sweat (diluting blood sodium) is the bigger danger.',
  overdrinkingNextTime: (p: { max: string; rate: string }) =>
    `Drink to thirst and no more than about ${p.max} per hour (your estimated sweat is ${p.rate}); weighing more after than before means you drank too much.`,
  overdrinkingWhy: (p: { duration: string; slow: boolean; light: boolean }) =>
    `${p.duration}${p.slow ? ' at an easy pace' : ''}${p.light ? ' with a low body mass' : ''} matches the known risk profile for exercise-associated hyponatremia, whose main cause is drinking beyond sweat loss.`,

  sodiumDeficitLacked: (p: { loss: string; low: string; high: string }) =>
    `Sodium may have contributed if you drank only water: about ${p.loss} (${p.low}–${p.high}) lost in sweat.`,
  sodiumDeficitNextTime: (p: { perH: string }) =>
    `Take up to ${p.perH} sodium per hour in what you drink, as chews or as capsules, rather than plain water alone. With high blood pressure, kidney or heart disease, ask your doctor before taking extra salt.`,
  sodiumDeficitWhy: (p: { duration: string; warm: boolean; pct: string; salty: boolean }) =>
    `${p.duration}${p.warm ? ' in the heat' : ''} with an estimated ${p.pct} body-mass sweat loss${p.salty ? ' as a salty sweater' : ''}: replacing that with water alone made cramps easier to trigger in a lab study. Intakes of 280–900 mg per hour are what has been studied.`,

  fuelGapLacked: (p: { duration: string }) =>
    `Carbohydrate, if you went without: ${p.duration} uses much of your muscle glycogen (this shows as fading energy more than as cramps).`,
  fuelGapNextTime: (p: { perH: string; tolerated: boolean; recovery: Recovery | null }) =>
    `Take about ${p.perH} carbohydrate per hour from the first 30–45 min${p.tolerated ? ', or what your gut tolerates — practise it in training' : ''}${p.recovery !== null ? `; if you train again within ${p.recovery.withinH} h, have ${p.recovery.after}–${p.recovery.afterHigh} carbohydrate and ${p.recovery.protein} protein within ${p.recovery.withinMin} min, otherwise your next meal is enough.` : '.'}`,
  fuelGapWhy: (p: { duration: string; band: CarbBand; capped: boolean }) =>
    `For sessions of ${p.duration} the guidance is ${CARB_NOTE[p.band]}${p.capped ? '; at this intensity most energy comes from fat, so it is capped at about half the energy you spend' : ''}.`,

  heatLacked: (p: { wbgt: string; heatIndex: string | null; uncompensable: boolean }) =>
    `Heat: an estimated WBGT of ${p.wbgt}${p.heatIndex !== null ? ` (heat index ${p.heatIndex})` : ''} pushes sweat rate and effort up at any pace.${p.uncompensable ? ' At this heat and effort the body cannot sweat off all the heat it makes (uncompensable heat): it heats up however much you drink.' : ''}`,
  heatNextTime: (p: { flag: HotFlag; sport: HeatSport }) =>
    p.flag === 'black'
      ? `At a black flag, postpone, shorten or move the session to cooler hours: drinking does not prevent heat stroke. ${HEAT_ADVICE.black[p.sport]}`
      : HEAT_ADVICE[p.flag][p.sport],
  heatWhy: (p: { temperature: string; humidityPct: number; wbgt: string; flag: HeatFlag; assumedHumidity: { low: HeatFlag; high: HeatFlag } | null }) =>
    `At ${p.temperature} and ${p.humidityPct} % humidity the WBGT was about ${p.wbgt}, a ${p.flag} flag by the ACSM race criteria.${p.assumedHumidity !== null ? ` The humidity was not known, so ${p.humidityPct} % was assumed: between 30 % and 80 % the flag would be ${FLAG_NAME[p.assumedHumidity.low]} to ${FLAG_NAME[p.assumedHumidity.high]}.` : ''}`,
};
export type FluidMessages = Catalogue<typeof fluid>;
