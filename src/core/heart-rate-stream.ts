/**
 * The session's average heart rate from a recorded track's `time` and `heartrate` streams, for a
 * page that shows none: weighted by moving time, with pauses left out exactly as the movement bins
 * leave them out (stream-samples.ts), so the heart rate and the pace mix describe the same seconds.
 *
 * The average is all the effort model needs, not a heart rate per speed-and-grade bin: both ways
 * heart rate becomes energy (the runner's own line and Keytel 2005, heart-rate-effort.ts) are
 * straight lines in heart rate, so the time-weighted mean of each second's energy is the energy at
 * the time-weighted mean heart rate. A heart rate per bin would only matter for fitting the line
 * from today's bins, which heart rate's lag behind pace (tens of seconds) and its drift over a long
 * session make dishonest at the scale of a bin. Pure and free of zod; garbage gives null, never throws.
 */
import { ACTIVITY_LIMITS } from './limits';
import { movingStep, streamNumbers } from './stream-samples';

/** A reading outside the page's own limits is a strap dropping out (0) or a spike, not a heart rate. */
const BPM = ACTIVITY_LIMITS.avgHeartRate;
/** With a heart rate for less than half the moving time, the average would describe part of the session only. */
const MIN_COVERED_SHARE = 0.5;

export function heartRateFromStreams(time: unknown, heartRate: unknown): number | null {
  const t = streamNumbers(time);
  const hr = streamNumbers(heartRate, t?.length);
  if (t === null || hr === null || t.length < 2) return null;
  let movingS = 0;
  let coveredS = 0;
  let beats = 0;
  for (let i = 1; i < t.length; i++) {
    const dt = (t[i] as number) - (t[i - 1] as number);
    if (dt < 0) return null;
    if (!movingStep(dt)) continue;
    movingS += dt;
    const bpm = hr[i] as number;
    if (bpm < BPM.min || bpm > BPM.max) continue;
    coveredS += dt;
    beats += bpm * dt;
  }
  if (!(coveredS > 0) || coveredS < MIN_COVERED_SHARE * movingS) return null;
  return Math.round(beats / coveredS);
}
