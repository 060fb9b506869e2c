import type { Activity } from './activity';
import { perHistory } from './per-history';
import type { Profile, SweatTest } from './profile';

/**
 * Every weigh-in the runner has, each with the conditions it was measured in: the options page's
 * tests, then one per history activity whose logged intake has both weights. An activity's own
 * numbers (sport, distance, temperature, humidity) come with it, so the personal model can scale
 * a rate measured running before it is used for a walk or a ride. Weights and fluid are the
 * runner's; nothing here is predicted.
 */
export function sweatTestsOf(profile: Pick<Profile, 'sweatTests'>, history: readonly Activity[]): SweatTest[] {
  const tests: SweatTest[] = Array.isArray(profile.sweatTests) ? [...profile.sweatTests] : [];
  if (Array.isArray(history)) tests.push(...historyWeighIns(history));
  return tests;
}

/** The history's weigh-ins, oldest first, found once per history array (a plain loop: most activities have none, and a flatMap built an empty list for each). */
const historyWeighIns = perHistory((history) => {
  const tests: SweatTest[] = [];
  for (const a of history) {
    const test = weighInOf(a as Activity);
    if (test !== null) tests.push(test);
  }
  return tests;
});

/** The weigh-in an activity's logged weights make, or null when either weight is missing. */
export function weighInOf(a: Activity): SweatTest | null {
  // History comes from storage: anything not shaped like a logged weigh-in is skipped, never thrown on.
  const intake = typeof a === 'object' && a !== null ? a.intake : undefined;
  if (typeof intake?.massBeforeKg !== 'number' || typeof intake.massAfterKg !== 'number') return null;
  const test: SweatTest = {
    date: typeof a.startTime === 'string' ? a.startTime.slice(0, 10) : '',
    preKg: intake.massBeforeKg,
    postKg: intake.massAfterKg,
    drankL: typeof intake.fluidMl === 'number' ? intake.fluidMl / 1000 : 0,
    // Moving time: sweat during stops is small, and distance over it gives the pace that set the effort.
    durationH: a.movingS / 3600,
    sport: a.sport,
  };
  if (a.temperatureC !== undefined) test.temperatureC = a.temperatureC;
  if (a.humidityPct !== undefined) test.humidityPct = a.humidityPct;
  if (a.distanceM !== undefined && a.distanceM > 0) test.distanceM = a.distanceM;
  if (a.id !== undefined) test.activityId = `${a.source}:${a.id}`;
  return test;
}
