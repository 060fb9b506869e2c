/** Why the sweat estimate is what it is: the effort's basis, the runner's own numbers, the sun. */
export interface SweatWhy {
  effort: 'speed' | 'heart-rate' | 'work' | 'calories' | 'typical';
  metabolicW: number;
  /** With `speed`: the speed stream's mix of paces and grades, or average pace and climbing. */
  pace?: 'mix' | 'climbing';
  /** With `heart-rate`: the average used, whether it is the heart-rate stream's, and the runner's own line or Keytel 2005's equation. */
  heartRate?: HeartRateWhy;
  /** Weigh-ins and a typed rate used (0: the population model alone), how many near today, ± % of the personal factor. */
  count: number;
  nearCount: number;
  surePct: number;
  /** true: sun and wind counted; false: looked up without them or not looked up (a shade estimate). */
  sunCounted: boolean;
}

const EFFORT = { speed: 'pace', 'heart-rate': 'heart rate', work: 'power', calories: 'the calorie figure', typical: 'a typical effort for the sport' } as const;

export interface HeartRateWhy {
  bpm: number;
  stream: boolean;
  via: 'own-line' | 'keytel';
}

const PACE = { mix: 'the pace mix from the speed stream', climbing: 'pace and climbing' } as const;

const VIA = { 'own-line': 'through your own pace-to-heart-rate line from flat runs', keytel: "through Keytel 2005's equation, so the range is wider" } as const;

const heartRate = (h: HeartRateWhy) => `heart rate (${h.bpm} bpm${h.stream ? ", the heart-rate stream's moving average" : ''}), ${VIA[h.via]}`;

export const why = {
  sweatWhy: (w: SweatWhy) =>
    [
      `Effort from ${w.effort === 'speed' && w.pace ? PACE[w.pace] : w.effort === 'heart-rate' && w.heartRate ? heartRate(w.heartRate) : EFFORT[w.effort]}: about ${Math.round(w.metabolicW / 10) * 10} W of metabolic heat.`,
      w.count === 0
        ? 'Population model only: no weigh-ins yet.'
        : `Moved toward your ${w.count} measurement${w.count === 1 ? '' : 's'} (${w.nearCount} near today's conditions); your own factor is known to about ±${w.surePct} %.`,
      w.sunCounted ? 'Sun and wind counted.' : 'Sun not counted: a shade estimate.',
    ].join(' '),
};
