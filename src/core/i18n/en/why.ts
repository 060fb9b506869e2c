/** Why the sweat estimate is what it is: the effort's basis, the runner's own numbers, the sun. */
export interface SweatWhy {
  effort: 'speed' | 'heart-rate' | 'work' | 'calories' | 'typical';
  metabolicW: number;
  /** With `speed`: the speed stream's mix of paces and grades, or average pace and climbing. */
  pace?: 'mix' | 'climbing';
  /** Weigh-ins and a typed rate used (0: the population model alone), how many near today, ± % of the personal factor. */
  count: number;
  nearCount: number;
  surePct: number;
  /** true: sun and wind counted; false: looked up without them or not looked up (a shade estimate). */
  sunCounted: boolean;
}

const EFFORT = { speed: 'pace', 'heart-rate': 'heart rate', work: 'power', calories: 'the calorie figure', typical: 'a typical effort for the sport' } as const;

const PACE = { mix: 'the pace mix from the speed stream', climbing: 'pace and climbing' } as const;

export const why = {
  sweatWhy: (w: SweatWhy) =>
    [
      `Effort from ${w.effort === 'speed' && w.pace ? PACE[w.pace] : EFFORT[w.effort]}: about ${Math.round(w.metabolicW / 10) * 10} W of metabolic heat.`,
      w.count === 0
        ? 'Population model only: no weigh-ins yet.'
        : `Moved toward your ${w.count} measurement${w.count === 1 ? '' : 's'} (${w.nearCount} near today's conditions); your own factor is known to about ±${w.surePct} %.`,
      w.sunCounted ? 'Sun and wind counted.' : 'Sun not counted: a shade estimate.',
    ].join(' '),
};
