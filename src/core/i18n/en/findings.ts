import type { HeatFlag } from '../../analysis';
import type { CarbBand } from '../../carbs';
import type { Muscle } from '../../own-patterns';
import type { HeatSport, HotFlag, PatternKind, PatternText, Recovery, SessionKind, Sips, SpikeBand } from '../finding-params';
import type { FindingCatalogue } from '../types';

/**
 * English sentences for every finding, keyed by the finding's id (src/core/findings/). This file
 * defines the shape the German and French catalogues must match. Amounts arrive already formatted
 * for the language; `contributor` is the short label in the cramp-risk summary, only for findings
 * that count towards it.
 */
const CARB_NOTE: Record<CarbBand, string> = {
  none: 'no carbohydrate needed',
  'mouth-rinse': 'a sports-drink mouth rinse or a few sips is enough',
  'up-to-30': 'up to 30 g carbohydrate per hour',
  'up-to-60': 'up to 60 g carbohydrate per hour',
  'up-to-90': 'up to 90 g per hour from glucose + fructose mixes, built up in training',
  'as-tolerated': 'as much carbohydrate as your gut tolerates, often 30–60 g per hour on ultra distances, practised in training',
};

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

const PATTERN_KIND: Record<PatternKind, string> = { runs: 'runs', races: 'races', rides: 'rides', hikes: 'hikes', sessions: 'sessions' };
const MUSCLE: Record<Muscle, string> = { calves: 'the calves', hamstrings: 'the hamstrings', quads: 'the quads', feet: 'the feet' };
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** Why fluid and sodium are weak cramp evidence, and when they are named as contributors (context.ts lossMayCramp). */
const LOSS_EVIDENCE =
  'In marathon, ultramarathon and Ironman cohorts, athletes who cramped were no more dehydrated or short of sodium than those who did not, so this counts as a cramp contributor only in long hot sessions with large losses, and then as weak evidence.';

export const findings = {
  'cramp-history': {
    contributor: () => 'Your cramp history',
    contributed: (p: { often: boolean }) =>
      `Your history may have contributed: you cramp ${p.often ? 'often' : 'sometimes'}, the strongest known predictor of the next cramp.`,
    nextTime: () => 'Hold your usual pace early, practise the distance in training, and stretch the cramping muscle at the first twinge.',
    why: () =>
      'Athletes with a cramp history cramped far more often in Ironman and ultramarathon cohorts, whatever their fluid or electrolyte status.',
  },
  'own-pattern': {
    contributor: () => 'Your own cramp log',
    similar: (p: { n: number; dates: string; more: number }) =>
      `You logged cramps on ${p.n} similar ${plural(p.n, 'session', 'sessions')} (${p.dates}${p.more > 0 ? ` and ${p.more} more` : ''}), about as long and as warm as this one.`,
    similarFine: (p: { n: number }) => `${p.n} similar ${plural(p.n, 'session', 'sessions')} you logged went without cramps.`,
    pattern: (p: PatternText) => {
      let s = `Your own log, not a rule: your last ${p.n} cramps were all ${PATTERN_KIND[p.kind]}`;
      if (p.overMin !== null) s += ` over ${p.overMin}`;
      if (p.aboveC !== null) s += ` above ${p.aboveC}`;
      if (p.lastQuarter) s += ', all in the last quarter of the session';
      if (p.muscle !== null) s += `, all in ${MUSCLE[p.muscle]}`;
      return `${s}.`;
    },
    patternFine: (p: { n: number }) =>
      p.n === 0
        ? 'None of the sessions you logged without cramps fits that description.'
        : `${p.n} ${plural(p.n, 'session', 'sessions')} you logged that ${plural(p.n, 'fits', 'fit')} it went without cramps.`,
    patternMatch: (p: { matches: boolean }) => (p.matches ? 'This session fits it.' : 'This session does not fit it.'),
    nextTime: (p: { matches: boolean }) =>
      p.matches
        ? 'On sessions that fit your pattern, start slower than usual, hold back in the first half, rehearse the distance in training, and stretch the muscle at the first twinge.'
        : 'Keep logging after each session, with or without cramps: the more you log, the clearer your own pattern gets.',
    why: () =>
      'This comes from your own log, not from research, so take it as a hint; what research does show is that earlier cramps are the strongest known predictor of the next one.',
  },
  'pace-spike': {
    contributor: () => 'Faster than your usual pace',
    contributed: (p: { pct: string; pace: string; runs: number }) =>
      `The pace may have contributed: about ${p.pct} faster than your usual ${p.pace} for this distance (from ${p.runs} training sessions in the previous 30 days, races left out).`,
    contributedRace: (p: { pct: string; time: string; pace: string; sessions: number }) =>
      `The pace may have contributed: about ${p.pct} faster than your predicted race time of ${p.time} (${p.pace}), from your best of ${p.sessions} efforts in the previous 30 days carried to this distance (Riegel).`,
    nextTime: (p: { pace: string }) => `Start at your usual ${p.pace} for the first third and speed up only late.`,
    nextTimeRace: (p: { pace: string }) => `Start the first third no faster than your predicted ${p.pace} and speed up only late.`,
    why: () =>
      'Going faster than your own ability, especially early, is one of the strongest risk factors found in athletes who cramped. Sessions of other lengths are compared at this distance (Riegel: time grows with distance to the power 1.06).',
  },
  race: {
    contributor: () => 'Race effort',
    contributed: () => 'Race effort may have contributed: cramps are reported far more often in races than in training, mostly late in the event.',
    nextTime: () =>
      'Start the first third at your goal pace or a little slower: going out faster than planned is what cramp-prone racers share. Rehearse race-day drinks and fuel in long training sessions.',
    why: () => 'This activity was marked as a race, and racing intensity is a known cramp risk factor.',
  },
  'distance-spike': {
    contributor: () => 'Longer than your recent longest session',
    contributed: (p: { pct: string; band: SpikeBand; longest: string }) =>
      `The distance may have contributed: this run was ${p.pct} longer (${p.band}) than your longest in the previous 30 days (${p.longest}).`,
    contributedOther: (p: { pct: string; longest: string; kind: SessionKind }) =>
      `Longer than usual: this ${p.kind} was ${p.pct} longer than your longest ${p.kind} in the previous 30 days (${p.longest}).`,
    whyOther: () => 'Unaccustomed distance is a known cramp risk factor. The injury figures behind this rule were measured in runners, so none are quoted for other sports.',
    nextTime: (p: { next: string }) =>
      `Build toward it: keep single sessions within about 10 % of your longest recent one (about ${p.next} next).`,
    why: (p: { band: SpikeBand; hazard: string; low: string; high: string; runners: string }) =>
      `Runs ${p.band} than the 30-day longest carried an injury hazard ratio of ${p.hazard} (${p.low}–${p.high}) in ${p.runners} runners, and unaccustomed distance is a known cramp risk factor.`,
  },
  'load-trend': {
    contributor: () => 'Weekly volume rising',
    contributed: (p: { weeks: string; pct: string }) =>
      `Possibly build-up: your weekly volume in the 4 weeks before this session went ${p.weeks}, ${p.pct} more in the last week than the average of the 3 before.`,
    nextTime: () =>
      'Let your weekly volume settle for a week or two before adding more, and keep single sessions within about 10 % of your longest recent one.',
    why: (p: { runners: string | null; acwr: string; low: string; high: string; danger: string }) =>
      `${p.runners !== null ? `A note, not a warning: in ${p.runners} runners, week-to-week changes in volume showed no link with injury (single runs longer than the recent longest did). ` : 'A note, not a warning: a rising weekly volume is weak evidence on its own. '}` +
      `Secondary: your acute:chronic workload ratio was ${p.acwr} (last 7 days ÷ weekly mean of the last 28, coupled); ${p.low}–${p.high} was once called safe and ${p.danger} or more risky (Gabbett 2016), but that ratio is contested (Impellizzeri 2020).`,
  },
  heat: {
    contributor: () => 'Heat',
    contributed: (p: { wbgt: string; heatIndex: string | null; uncompensable: boolean }) =>
      `Heat: an estimated WBGT of ${p.wbgt}${p.heatIndex !== null ? ` (heat index ${p.heatIndex})` : ''} pushes sweat rate and effort up at any pace.${p.uncompensable ? ' At this heat and effort the body cannot sweat off all the heat it makes (uncompensable heat): it heats up however much you drink.' : ''}`,
    nextTime: (p: { flag: HotFlag; sport: HeatSport }) =>
      p.flag === 'black'
        ? `At a black flag, postpone, shorten or move the session to cooler hours: drinking does not prevent heat stroke. ${HEAT_ADVICE.black[p.sport]}`
        : HEAT_ADVICE[p.flag][p.sport],
    why: (p: { temperature: string; humidityPct: number; wbgt: string; flag: HeatFlag; assumedHumidity: { low: HeatFlag; high: HeatFlag } | null }) =>
      `At ${p.temperature} and ${p.humidityPct} % humidity the WBGT was about ${p.wbgt}, a ${p.flag} flag by the ACSM race criteria.${p.assumedHumidity !== null ? ` The humidity was not known, so ${p.humidityPct} % was assumed: between 30 % and 80 % the flag would be ${FLAG_NAME[p.assumedHumidity.low]} to ${FLAG_NAME[p.assumedHumidity.high]}.` : ''}`,
  },
  'fluid-deficit': {
    contributor: () => 'Fluid lost in sweat',
    contributed: (p: { loss: string; low: string; high: string; pct: string; cramp: boolean }) =>
      `${p.cramp ? 'Fluid may have contributed if you drank little, though the evidence for that is weak' : 'Fluid to replace if you drank little'}: about ${p.loss} of sweat (${p.low}–${p.high}), ${p.pct} of body mass.`,
    nextTime: (p: { sips: Sips | null; ceiling: string | null; after: string | null; afterHigh: string | null }) =>
      `${p.sips !== null ? `Drink about ${p.sips.sip} every ${p.sips.everyMin} min (${p.sips.perH} per hour) from early on` : `Drink to thirst from early on${p.ceiling !== null ? `, no more than about ${p.ceiling} per hour` : ''}`}${p.after !== null ? `, and ${p.after}–${p.afterHigh} in the hours after.` : ', then drink to thirst with your meals, and weigh yourself before and after next time to know how much to replace.'}`,
    why: (p: { rate: string; duration: string }) =>
      `At an estimated ${p.rate} for ${p.duration}, drinking nothing goes past the 2 % body-mass loss the guidelines aim to stay under. ${LOSS_EVIDENCE}`,
    took: (p: { took: string; loss: string; low: string; high: string; pct: string; weighed: boolean; cramp: boolean }) =>
      `${p.cramp ? 'Fluid may have contributed (weak evidence)' : 'Fluid not replaced'}: you drank ${p.took} of about ${p.loss} ${p.weighed ? 'sweated, as your scale shows' : `sweated (${p.low}–${p.high})`}, ${p.pct} of body mass not replaced.`,
    tookWhy: (p: { pct: string }) => `Losing ${p.pct} of body mass goes past the 2 % the guidelines aim to stay under. ${LOSS_EVIDENCE}`,
  },
  'sodium-deficit': {
    contributor: () => 'Sodium lost in sweat',
    contributed: (p: { loss: string; low: string; high: string; cramp: boolean }) =>
      `${p.cramp ? 'Sodium may have contributed if you drank only water, though the evidence for that is weak' : 'Sodium to replace if you drank only water'}: about ${p.loss} (${p.low}–${p.high}) lost in sweat.`,
    nextTime: (p: { perH: string }) =>
      `Take up to ${p.perH} sodium per hour in what you drink, as chews or as capsules, rather than plain water alone. With high blood pressure, kidney or heart disease, ask your doctor before taking extra salt.`,
    why: (p: { duration: string; warm: boolean; pct: string; salty: boolean }) =>
      `${p.duration}${p.warm ? ' in the heat' : ''} with an estimated ${p.pct} body-mass sweat loss${p.salty ? ' as a salty sweater' : ''}: replacing that with water alone made cramps easier to trigger in a lab study. Intakes of 280–900 mg per hour are what has been studied. ${LOSS_EVIDENCE}`,
    took: (p: { took: string; loss: string; low: string; high: string; cramp: boolean }) =>
      `${p.cramp ? 'Sodium may have contributed (weak evidence)' : 'Sodium not fully replaced'}: you took ${p.took} of about ${p.loss} lost in sweat (${p.low}–${p.high}).`,
  },
  'overdrinking-risk': {
    contributed: () => 'Not fluid: on a session this long, drinking more than you sweat (diluting blood sodium) is the bigger danger.',
    nextTime: (p: { max: string; rate: string }) =>
      `Drink to thirst and no more than about ${p.max} per hour (your estimated sweat is ${p.rate}); weighing more after than before means you drank too much.`,
    why: (p: { duration: string; slow: boolean; light: boolean }) =>
      `${p.duration}${p.slow ? ' at an easy pace' : ''}${p.light ? ' with a low body mass' : ''} matches the known risk profile for exercise-associated hyponatremia, whose main cause is drinking beyond sweat loss.`,
    gained: (p: { gain: string }) =>
      `Not too little fluid: you weighed ${p.gain} more after than before, so you drank more than you sweated, which dilutes the sodium in your blood.`,
    gainedNextTime: (p: { max: string }) => `Drink to thirst and no more than about ${p.max} per hour; weigh yourself again next time to check.`,
    gainedWhy: (p: { took: string; loss: string }) => `You drank ${p.took} against about ${p.loss} of sweat measured by your scale.`,
  },
  'fuel-gap': {
    contributed: (p: { duration: string }) =>
      `Carbohydrate, if you went without: ${p.duration} uses much of your muscle glycogen (this shows as fading energy more than as cramps).`,
    nextTime: (p: { perH: string; tolerated: boolean; recovery: Recovery | null }) =>
      `Take about ${p.perH} carbohydrate per hour from the first 30–45 min${p.tolerated ? ', or what your gut tolerates — practise it in training' : ''}${p.recovery !== null ? `; if you train again within ${p.recovery.withinH} h, have ${p.recovery.after}–${p.recovery.afterHigh} carbohydrate per hour for up to 4 h, starting within ${p.recovery.withinMin} min, and ${p.recovery.protein} protein, otherwise your next meal is enough.` : '.'}`,
    why: (p: { duration: string; band: CarbBand; capped: boolean }) =>
      `For sessions of ${p.duration} the guidance is ${CARB_NOTE[p.band]}${p.capped ? '; at this intensity most energy comes from fat, so it is capped at about half the energy you spend' : ''}.`,
    took: (p: { perH: string; duration: string }) =>
      `Carbohydrate may have run short: you took about ${p.perH} per hour over ${p.duration} (this shows as fading energy more than as cramps).`,
  },
  'short-easy': {
    contributed: () => 'Nothing in particular: nothing to worry about on this one.',
    nextTime: () => 'No change needed: sessions under 45 min need no drinks or fuel on the way.',
    why: (p: { duration: string }) => `${p.duration} without a jump in pace or distance, and not in the heat.`,
  },
};
export type FindingMessages = FindingCatalogue<typeof findings>;
