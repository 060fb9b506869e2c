/**
 * Time per speed and grade from a track's streams: on a real hilly run every moving second lands
 * in a bin the Activity schema accepts; a walk-run mix keeps its two speeds apart; garbage gives none.
 */
import { describe, expect, it } from 'vitest';
import { ActivitySchema } from '../../src/core/activity';
import { MOVEMENT_BINS_MAX } from '../../src/core/limits';
import { movementFromStreams } from '../../src/core/movement';
import streams from '../fixtures/strava/streams-run-708752345.json';

describe('movement from Strava streams (a real hilly run, Grenoble, grades −49 %…+49 %)', () => {
  const bins = movementFromStreams(streams.time, streams.velocity_smooth, streams.grade_smooth);

  it('every step of 10 s or less is counted once; the pauses (gaps up to 105 s) are not', () => {
    const steps = streams.time.slice(1).map((t, i) => t - (streams.time[i] ?? t));
    const moving = steps.filter((dt) => dt > 0 && dt <= 10).reduce((a, b) => a + b, 0);
    expect(bins.reduce((a, b) => a + b.seconds, 0)).toBe(moving);
    expect(moving).toBeLessThan(4070);
  });

  it('fits the Activity schema: at most 120 bins, grades as fractions within ±45 %', () => {
    expect(bins.length).toBeGreaterThan(10);
    expect(bins.length).toBeLessThanOrEqual(MOVEMENT_BINS_MAX);
    expect(ActivitySchema.safeParse({ source: 'strava', sport: 'run', movingS: 3369, movement: bins }).success).toBe(true);
  });

  it('the climb and the descent are both there', () => {
    const at = (test: (grade: number) => boolean) => bins.filter((b) => test(b.grade)).reduce((a, b) => a + b.seconds, 0);
    expect(at((g) => g >= 0.1)).toBeGreaterThan(300);
    expect(at((g) => g <= -0.1)).toBeGreaterThan(300);
  });
});

describe('movement: a walk-run mix and garbage', () => {
  it('a 50/50 mix of 2.5 and 1.2 m/s on the flat: two bins of equal time, not one at the mean', () => {
    const n = 600;
    const time = Array.from({ length: n }, (_, i) => i);
    const velocity = time.map((i) => (Math.floor(i / 60) % 2 === 0 ? 2.5 : 1.2));
    expect(movementFromStreams(time, velocity, time.map(() => 0))).toEqual([
      { speedMs: 1.2, grade: 0, seconds: 300 },
      { speedMs: 2.5, grade: 0, seconds: 299 },
    ]);
  });

  it('lists of other lengths, strings, NaN, time going back, nothing at all: no bins, no throw', () => {
    expect(movementFromStreams(undefined, undefined, undefined)).toEqual([]);
    expect(movementFromStreams([0, 1, 2], [1, 1], [0, 0, 0])).toEqual([]);
    expect(movementFromStreams([0, 1, 2], [1, '1', 1], [0, 0, 0])).toEqual([]);
    expect(movementFromStreams([0, 1, 2], [1, 1, 1], [0, Number.NaN, 0])).toEqual([]);
    expect(movementFromStreams([0, 5, 2], [1, 1, 1], [0, 0, 0])).toEqual([]);
    expect(movementFromStreams('0,1,2', [1, 1, 1], [0, 0, 0])).toEqual([]);
  });

  it('an absurd speed or grade is held at the schema limits', () => {
    expect(movementFromStreams([0, 1, 2], [0, 99, 99], [0, 300, 300])).toEqual([{ speedMs: 15, grade: 0.45, seconds: 2 }]);
  });
});
