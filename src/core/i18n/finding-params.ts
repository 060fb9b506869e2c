import type { Muscle } from '../own-patterns';
import type { DistanceSpike } from '../recent-training';

/** What the finding sentences are given besides formatted numbers: the same in every language. */
export type SpikeBand = DistanceSpike['band'];
/** What a longer-than-usual session was, for sports the running-injury figures do not cover. */
export type SessionKind = 'ride' | 'walk' | 'session';

/** A sip schedule: one sip of `sip` every `everyMin` minutes, `perH` per hour. */
export interface Sips {
  sip: string;
  everyMin: number;
  perH: string;
}

/** What a sport's heat advice talks about: the runner's pace, the rider's power, the walker's breaks. */
export type HeatSport = 'run' | 'ride' | 'foot' | 'other';
export type HotFlag = 'yellow' | 'red' | 'black';

/** Recovery amounts, when the session was long or hard enough to need them. */
export interface Recovery {
  after: string;
  afterHigh: string;
  protein: string;
  withinMin: number;
  withinH: number;
}

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
