/**
 * What every reader of a recorded track's streams (Strava's `time`, `velocity_smooth`, `heartrate`,
 * …) agrees on: a stream is a list of finite numbers no longer than STREAM_SAMPLES_MAX, as long as
 * the `time` stream when it goes with it, and a step between two samples longer than PAUSE_S is a
 * pause. Pure and free of zod: the content script reads the page's own streams with it.
 */
import { STREAM_SAMPLES_MAX } from './limits';

/** A longer step between samples is a pause (auto-pause, a stop with the watch off): not moving time. */
export const PAUSE_S = 10;

/** The stream as numbers, or null when it is anything else (or not `length` long, when given). */
export const streamNumbers = (value: unknown, length?: number): number[] | null =>
  Array.isArray(value) && value.length <= STREAM_SAMPLES_MAX && (length === undefined || value.length === length) && value.every((x) => typeof x === 'number' && Number.isFinite(x))
    ? (value as number[])
    : null;

/** A moving step: the sample at `i` stands for the `dt` seconds since the one before it. */
export const movingStep = (dt: number) => dt > 0 && dt <= PAUSE_S;
