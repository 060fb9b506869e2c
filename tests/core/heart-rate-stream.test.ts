/**
 * The average heart rate from a track's heart-rate stream: weighted by moving time with the pauses
 * the movement bins leave out left out too, on a real hilly run; a strap that drops out is not a
 * heart rate of 0; garbage gives nothing and never throws.
 */
import { describe, expect, it } from 'vitest';
import { heartRateFromStreams } from '../../src/core/heart-rate-stream';
import { movementFromStreams } from '../../src/core/movement';
import streams from '../fixtures/strava/streams-run-708752345.json';

describe('heart rate from Strava streams (a real hilly run, Grenoble, HR 99–191 bpm)', () => {
  it('the moving-time average over exactly the seconds the movement bins count', () => {
    const steps = streams.time.slice(1).map((t, i) => ({ dt: t - (streams.time[i] ?? t), bpm: streams.heartrate[i + 1] ?? 0 }));
    const moving = steps.filter(({ dt }) => dt > 0 && dt <= 10);
    const expected = moving.reduce((s, { dt, bpm }) => s + dt * bpm, 0) / moving.reduce((s, { dt }) => s + dt, 0);
    const bins = movementFromStreams(streams.time, streams.velocity_smooth, streams.grade_smooth);
    expect(bins.reduce((s, b) => s + b.seconds, 0)).toBe(moving.reduce((s, { dt }) => s + dt, 0));
    expect(heartRateFromStreams(streams.time, streams.heartrate)).toBe(Math.round(expected));
    // Not the plain mean of the samples (158): the samples are 1–10 s apart and the pauses count no time.
    expect(Math.round(streams.heartrate.reduce((a, b) => a + b, 0) / streams.heartrate.length)).toBe(158);
    expect(heartRateFromStreams(streams.time, streams.heartrate)).toBe(157);
  });

  it('a pause (a step over 10 s) is not moving time, whatever the heart rate then', () => {
    // 100 s at 150, then a 60 s gap the watch bridges with one sample at 60 bpm, then 100 s at 170.
    const time = [...Array.from({ length: 101 }, (_, i) => i), ...Array.from({ length: 101 }, (_, i) => 160 + i)];
    const bpm = [...Array.from({ length: 101 }, () => 150), 60, ...Array.from({ length: 100 }, () => 170)];
    expect(heartRateFromStreams(time, bpm)).toBe(160);
  });

  it('a strap that drops out (0) or spikes leaves those seconds out; mostly out, no heart rate', () => {
    const time = Array.from({ length: 101 }, (_, i) => i);
    expect(heartRateFromStreams(time, time.map((i) => (i % 4 === 0 ? 0 : 140)))).toBe(140);
    expect(heartRateFromStreams(time, time.map((i) => (i % 4 === 0 ? 400 : 140)))).toBe(140);
    expect(heartRateFromStreams(time, time.map((i) => (i < 60 ? 0 : 140)))).toBeNull();
  });

  it('lists of other lengths, strings, NaN, null, time going back, nothing at all: null, no throw', () => {
    expect(heartRateFromStreams(undefined, undefined)).toBeNull();
    expect(heartRateFromStreams([0, 1, 2], undefined)).toBeNull();
    expect(heartRateFromStreams([0, 1, 2], [140, 140])).toBeNull();
    expect(heartRateFromStreams([0, 1, 2], [140, '140', 140])).toBeNull();
    expect(heartRateFromStreams([0, 1, 2], [140, null, 140])).toBeNull();
    expect(heartRateFromStreams([0, 1, 2], [140, Number.NaN, 140])).toBeNull();
    expect(heartRateFromStreams([0, 5, 2], [140, 140, 140])).toBeNull();
    expect(heartRateFromStreams({ length: 3 }, [140, 140, 140])).toBeNull();
    expect(heartRateFromStreams([0, 60, 120], [140, 140, 140])).toBeNull();
  });
});
