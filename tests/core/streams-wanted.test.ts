/**
 * When the streams would change the effort estimate: walk the rule's cases. Each "wanted" case is
 * checked against the engine too: with the streams' movement the sweat estimate moves, and in the
 * "not wanted" case of a steady flat run it stays within a few per cent.
 */
import { describe, expect, it } from 'vitest';
import type { Activity, ActivityDraft } from '../../src/core/activity';
import { analyze } from '../../src/core/index';
import { streamsChangeEffort } from '../../src/core/streams-wanted';
import { profile, run } from './helpers';

/** A steady flat 10 km run in 50 min with its heart rate: pace costs it well. */
const flatRun: ActivityDraft = { sport: 'run', movingS: 3000, distanceM: 10_000, elevationGainM: 40, avgHeartRate: 150, calories: 700 };

describe('streams are wanted when they would change the effort estimate', () => {
  it.each<[string, ActivityDraft]>([
    ['no distance on the page', { ...flatRun, distanceM: undefined }],
    ['slower than running (a walk-run mix)', { ...flatRun, movingS: 5400, distanceM: 10_000 }],
    ['hilly: 1 % climbing or more', { ...flatRun, elevationGainM: 100 }],
    ['a trail run, a walk, a hike', { ...flatRun, sport: 'trail_run' }],
    ['long: 90 min or more', { ...flatRun, movingS: 5400, distanceM: 17_000, elevationGainM: 60 }],
    ['a ride showing no work, calories or heart rate', { sport: 'ride', movingS: 3600, distanceM: 30_000 }],
  ])('%s', (_, shown) => {
    expect(streamsChangeEffort(shown, false)).toBe(true);
  });

  it('a steady flat run under 90 min: not without the runner’s own heart-rate line, wanted with it', () => {
    expect(streamsChangeEffort(flatRun, false)).toBe(false);
    expect(streamsChangeEffort(flatRun, true)).toBe(true);
  });

  it('never again once the movement is read; never without a duration; not for a ride the page already costs', () => {
    const movement = [{ speedMs: 1.5, grade: 0, seconds: 600 }];
    expect(streamsChangeEffort({ ...flatRun, distanceM: undefined, movement }, true)).toBe(false);
    expect(streamsChangeEffort({ sport: 'hike', distanceM: 8000 }, true)).toBe(false);
    expect(streamsChangeEffort({ sport: 'ride', movingS: 3600, energyKj: 900 }, true)).toBe(false);
    expect(streamsChangeEffort({ sport: 'ride', movingS: 3600, calories: 900 }, true)).toBe(false);
    expect(streamsChangeEffort({ sport: 'ride', movingS: 3600, avgHeartRate: 140 }, true)).toBe(false);
  });

  it('the engine agrees: a walk-run mix or a climb moves the estimate; a steady flat run’s own pace barely does', () => {
    const rate = (a: Partial<Activity>) => analyze(run(a), profile()).estimates.sweatRateLph.value;
    // A 50/50 walk-run mix at the same mean speed costs more than that speed.
    const mix = [
      { speedMs: 1.2, grade: 0, seconds: 2700 },
      { speedMs: 2.5, grade: 0, seconds: 2700 },
    ];
    const walkRun = { movingS: 5400, distanceM: 1.85 * 5400, elevationGainM: 0 };
    expect(rate({ ...walkRun, movement: mix })).toBeGreaterThan(rate(walkRun) * 1.05);
    // The steady flat run: its stream at its own pace gives the same cost within 2 %.
    const steady = { movingS: 3000, distanceM: 10_000, elevationGainM: 0 };
    const stream = [{ speedMs: 10_000 / 3000, grade: 0, seconds: 3000 }];
    expect(Math.abs(rate({ ...steady, movement: stream }) / rate(steady) - 1)).toBeLessThan(0.02);
  });
});
