import type { Catalogue } from '../types';
import type { Muscle } from '../../own-patterns';

/** English sentences for the issue-6 findings: weekly load trend and the runner's own cramp log. */
export type PatternKind = 'runs' | 'races' | 'rides' | 'hikes' | 'sessions';
export interface PatternText {
  n: number;
  kind: PatternKind;
  /** "90 min", or null. */
  overMin: string | null;
  /** "22 °C", or null. */
  aboveC: string | null;
  lastQuarter: boolean;
  muscle: Muscle | null;
}

const KIND: Record<PatternKind, string> = { runs: 'runs', races: 'races', rides: 'rides', hikes: 'hikes', sessions: 'sessions' };
const MUSCLE: Record<Muscle, string> = { calves: 'the calves', hamstrings: 'the hamstrings', quads: 'the quads', feet: 'the feet' };
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const log = {
  loadTrendLacked: (p: { weeks: string; pct: string }) =>
    `Possibly build-up: your weekly volume in the 4 weeks before this run went ${p.weeks}, ${p.pct} more in the last week than the average of the 3 before.`,
  loadTrendNextTime: () =>
    'Let your weekly volume settle for a week or two before adding more, and keep single runs within about 10 % of your longest recent run.',
  loadTrendWhy: (p: { runners: string | null; acwr: string; low: string; high: string; danger: string }) =>
    `${p.runners !== null ? `A note, not a warning: in ${p.runners} runners, week-to-week changes in volume showed no link with injury (single runs longer than the recent longest did). ` : 'A note, not a warning: a rising weekly volume is weak evidence on its own. '}` +
    `Secondary: your acute:chronic workload ratio was ${p.acwr} (last 7 days ÷ weekly mean of the last 28, coupled); ${p.low}–${p.high} was once called safe and ${p.danger} or more risky (Gabbett 2016), but that ratio is contested (Impellizzeri 2020).`,

  ownSimilar: (p: { n: number; dates: string; more: number }) =>
    `You logged cramps on ${p.n} similar ${plural(p.n, 'run', 'runs')} (${p.dates}${p.more > 0 ? ` and ${p.more} more` : ''}), about as long and as warm as this one.`,
  ownSimilarFine: (p: { n: number }) => `${p.n} similar ${plural(p.n, 'run', 'runs')} you logged went without cramps.`,
  ownPattern: (p: PatternText) => {
    let s = `Your own log, not a rule: your last ${p.n} cramps were all ${KIND[p.kind]}`;
    if (p.overMin !== null) s += ` over ${p.overMin}`;
    if (p.aboveC !== null) s += ` above ${p.aboveC}`;
    if (p.lastQuarter) s += ', all in the last quarter of the run';
    if (p.muscle !== null) s += `, all in ${MUSCLE[p.muscle]}`;
    return `${s}.`;
  },
  ownPatternFine: (p: { n: number }) =>
    p.n === 0
      ? 'None of the runs you logged without cramps fits that description.'
      : `${p.n} ${plural(p.n, 'run', 'runs')} you logged that ${plural(p.n, 'fits', 'fit')} it went without cramps.`,
  ownPatternMatch: (p: { matches: boolean }) => (p.matches ? 'This run fits it.' : 'This run does not fit it.'),
  ownPatternNextTime: (p: { matches: boolean }) =>
    p.matches
      ? 'On runs that fit your pattern, start slower than usual, hold back in the first half, rehearse the distance in training, and stretch the muscle at the first twinge.'
      : 'Keep logging after each run, with or without cramps: the more you log, the clearer your own pattern gets.',
  ownPatternWhy: () =>
    'This comes from your own log, not from research, so take it as a hint; what research does show is that earlier cramps are the strongest known predictor of the next one.',
};
export type LogMessages = Catalogue<typeof log>;
