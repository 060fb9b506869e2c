import type { Catalogue } from '../types';
import type { FindingId } from '../../analysis';
import type { DistanceSpike } from '../../recent-training';

/** English sentences for the training-load and cramp findings, and the risk contributors. */
export type SpikeBand = DistanceSpike['band'];
/** Findings that count towards cramp risk (risk.ts); the others have no contributor label. Fuel is not a cramp factor. */
export type ContributorId = Exclude<FindingId, 'overdrinking-risk' | 'short-easy' | 'fuel-gap'>;
/** What a longer-than-usual session was, for sports the running-injury figures do not cover. */
export type SessionKind = 'ride' | 'walk' | 'session';

const CONTRIBUTORS: Record<ContributorId, string> = {
  'cramp-history': 'Your cramp history',
  'pace-spike': 'Faster than your usual pace',
  race: 'Race effort',
  'distance-spike': 'Longer than your recent longest run',
  'sodium-deficit': 'Sodium lost in sweat',
  'fluid-deficit': 'Fluid lost in sweat',
  heat: 'Heat',
  'load-trend': 'Weekly volume rising',
  'own-pattern': 'Your own cramp log',
};

export const cramp = {
  distanceSpikeLacked: (p: { pct: string; band: SpikeBand; longest: string }) =>
    `The distance may have contributed: this run was ${p.pct} longer (${p.band}) than your longest in the previous 30 days (${p.longest}).`,
  distanceSpikeOtherLacked: (p: { pct: string; longest: string; kind: SessionKind }) =>
    `Longer than usual: this ${p.kind} was ${p.pct} longer than your longest ${p.kind} in the previous 30 days (${p.longest}).`,
  distanceSpikeOtherWhy: () => 'Unaccustomed distance is a known cramp risk factor. The injury figures behind this rule were measured in runners, so none are quoted for other sports.',
  distanceSpikeNextTime: (p: { next: string }) =>
    `Build toward it: keep single runs within about 10 % of your longest recent run (about ${p.next} next).`,
  distanceSpikeWhy: (p: { band: SpikeBand; hazard: string; low: string; high: string; runners: string }) =>
    `Runs ${p.band} than the 30-day longest carried an injury hazard ratio of ${p.hazard} (${p.low}–${p.high}) in ${p.runners} runners, and unaccustomed distance is a known cramp risk factor.`,

  paceSpikeLacked: (p: { pct: string; pace: string; runs: number }) =>
    `The pace may have contributed: about ${p.pct} faster than your usual ${p.pace} for this distance (from ${p.runs} training sessions in the previous 30 days, races left out).`,
  paceSpikeNextTime: (p: { pace: string }) => `Start at your usual ${p.pace} for the first third and speed up only late.`,
  paceSpikeWhy: () =>
    'Going faster than your own ability, especially early, is one of the strongest risk factors found in athletes who cramped. Sessions of other lengths are compared at this distance (Riegel: time grows with distance to the power 1.06).',

  crampHistoryLacked: (p: { often: boolean }) =>
    `Your history may have contributed: you cramp ${p.often ? 'often' : 'sometimes'}, the strongest known predictor of the next cramp.`,
  crampHistoryNextTime: () => 'Hold your usual pace early, practise the distance in training, and stretch the cramping muscle at the first twinge.',
  crampHistoryWhy: () =>
    'Athletes with a cramp history cramped far more often in Ironman and ultramarathon cohorts, whatever their fluid or electrolyte status.',

  raceLacked: () => 'Race effort may have contributed: cramps are reported far more often in races than in training, mostly late in the event.',
  raceNextTime: () =>
    'Start the first third at your goal pace or a little slower: going out faster than planned is what cramp-prone racers share. Rehearse race-day drinks and fuel in long training sessions.',
  raceWhy: () => 'This activity was marked as a race, and racing intensity is a known cramp risk factor.',

  shortEasyLacked: () => 'Nothing in particular: nothing to worry about on this one.',
  shortEasyNextTime: () => 'No change needed: runs under 45 min need no drinks or fuel on the way.',
  shortEasyWhy: (p: { duration: string }) => `${p.duration} without a jump in pace or distance, and not in the heat.`,

  /** Short label for the cramp-risk summary. */
  contributor: (id: ContributorId) => CONTRIBUTORS[id],
};
export type CrampMessages = Catalogue<typeof cramp>;
