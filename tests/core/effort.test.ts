import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activity';
import { sessionEffort } from '../../src/core/effort';
import { heartRateLine, keytelWatts } from '../../src/core/heart-rate-effort';
import { heartRateFromStreams } from '../../src/core/heart-rate-stream';
import { analyze } from '../../src/core/index';
import { movementFromStreams } from '../../src/core/movement';
import streams from '../fixtures/strava/streams-run-708752345.json';
import { profile, run } from './helpers';

/** Four flat runs whose heart rate rises with pace: the runner's own line. */
const flatRuns: Activity[] = [
  [2.5, 135],
  [2.8, 145],
  [3.1, 155],
  [3.4, 165],
].map(([speed, hr], i) => ({ source: 'strava', id: `f${i}`, sport: 'run', movingS: 3600, distanceM: (speed as number) * 3600, elevationGainM: 10, avgHeartRate: hr as number }));

const effort = (a: Partial<Parameters<typeof sessionEffort>[0]>, history: Activity[] = []) =>
  sessionEffort({ sport: 'run', durationS: 3600, distanceM: null, elevationGainM: 0, calories: null, energyKj: null, avgHeartRate: null, female: false, ...a }, 70, heartRateLine(history));

describe('effort from what the activity shows', () => {
  it('draws the runner’s own heart-rate line from flat runs, and none from too few', () => {
    const line = heartRateLine(flatRuns);
    expect(line?.slopeVo2PerBpm).toBeGreaterThan(0);
    expect(heartRateLine(flatRuns.slice(0, 2))).toBeNull();
  });

  it('a hilly trail run with a heart rate is costed by the runner’s own line, a flat run by pace', () => {
    const trail = { sport: 'trail_run' as const, distanceM: 12_000, elevationGainM: 900, avgHeartRate: 160 };
    expect(effort(trail, flatRuns).from).toBe('heart-rate');
    expect(effort(trail, flatRuns).rough).toBeUndefined();
    expect(effort(trail).from).toBe('speed');
    expect(effort({ distanceM: 10_000, avgHeartRate: 160 }, flatRuns).from).toBe('speed');
  });

  it('without a distance, heart rate beats a typical effort: own line first, else Keytel with a wider range', () => {
    const own = effort({ sport: 'other', avgHeartRate: 150 }, flatRuns);
    const keytel = effort({ sport: 'other', avgHeartRate: 150 });
    expect(keytel).toMatchObject({ from: 'heart-rate', rough: true });
    expect(keytel.metabolicW).toBeCloseTo(keytelWatts(150, 70, false) as number, 6);
    expect(effort({ sport: 'other', avgHeartRate: 170 }).metabolicW).toBeGreaterThan(keytel.metabolicW);
    // the running line is not used for an unknown sport: Keytel
    expect(own).toMatchObject({ from: 'heart-rate', rough: true });
    expect(effort({ sport: 'hike', avgHeartRate: 150 }, flatRuns).rough).toBeUndefined();
    const typical = analyze(run({ sport: 'other', distanceM: undefined }), profile()).estimates.sweatRateLph;
    const byHr = analyze(run({ sport: 'other', distanceM: undefined, avgHeartRate: 150 }), profile()).estimates.sweatRateLph;
    expect((byHr.high - byHr.low) / byHr.value).toBeGreaterThan((typical.high - typical.low) / typical.value);
  });

  it('a ride’s power wins over its heart rate; without power its heart rate counts', () => {
    expect(effort({ sport: 'ride', energyKj: 900, avgHeartRate: 150 }).from).toBe('work');
    expect(effort({ sport: 'ride', distanceM: 30_000, avgHeartRate: 150 }).from).toBe('heart-rate');
  });

  it('at a fixed 250 W a ride sweats more when warmer: the cool floor no longer hides the heat', () => {
    const at = (t: number) => analyze(run({ sport: 'ride', movingS: 3600, distanceM: 30_000, energyKj: 900, temperatureC: t }), profile()).estimates.sweatRateLph.value;
    expect(at(15)).toBeGreaterThan(at(5));
    expect(at(25)).toBeGreaterThan(at(15));
  });

  it('the "why" names the basis and the metabolic rate', () => {
    expect(analyze(run(), profile()).estimates.sweatWhy).toMatch(/Effort from pace and climbing: about \d+ W/);
    expect(analyze(run({ sport: 'ride', energyKj: 900 }), profile()).estimates.sweatWhy).toMatch(/Effort from power/);
    expect(analyze(run({ sport: 'other', distanceM: undefined, avgHeartRate: 150 }), profile()).estimates.sweatWhy).toMatch(/Effort from heart rate/);
    expect(analyze(run(), profile()).estimates.sweatWhy).toMatch(/Sun not counted: a shade estimate/);
  });
});

describe('heart rate from the heart-rate stream (a real hilly run: 6.1 km, 343 m up, 3369 s moving)', () => {
  const movement = movementFromStreams(streams.time, streams.velocity_smooth, streams.grade_smooth);
  const bpm = heartRateFromStreams(streams.time, streams.heartrate) ?? 0;
  const hilly = (extra: Partial<Activity> = {}) => run({ movingS: 3369, distanceM: 6106.6, elevationGainM: 343, movement, ...extra });
  const fromStream = { avgHeartRate: bpm, heartRateSource: 'stream' as const };

  it('with the runner’s own line, the stream’s heart rate costs the climb, and the why says where it came from', () => {
    const byPace = analyze(hilly(), profile(), flatRuns).estimates;
    const byHeart = analyze(hilly(fromStream), profile(), flatRuns).estimates;
    expect(byPace.sweatWhy).toMatch(/^Effort from the pace mix from the speed stream: about \d+ W/);
    expect(byHeart.sweatWhy).toMatch(/^Effort from heart rate \(157 bpm, the heart-rate stream's moving average\), through your own pace-to-heart-rate line from flat runs: about \d+ W/);
    const watts = (why: string | undefined) => Number(/about (\d+) W/.exec(why ?? '')?.[1]);
    // The line's own metabolic rate at 157 bpm, rounded as the why rounds it.
    const own = sessionEffort({ sport: 'run', durationS: 3369, distanceM: 6106.6, elevationGainM: 343, calories: null, energyKj: null, movement, avgHeartRate: bpm, female: false }, 70, heartRateLine(flatRuns));
    expect(own.from).toBe('heart-rate');
    expect(watts(byHeart.sweatWhy)).toBe(Math.round(own.metabolicW / 10) * 10);
    expect(watts(byHeart.sweatWhy)).not.toBe(watts(byPace.sweatWhy));
  });

  it('a heart rate the page showed is named without the stream; with Keytel the why says the range is wider', () => {
    expect(analyze(hilly({ avgHeartRate: 157 }), profile(), flatRuns).estimates.sweatWhy).toMatch(/^Effort from heart rate \(157 bpm\), through your own/);
    const ride = analyze(run({ sport: 'ride', distanceM: 30_000, ...fromStream }), profile()).estimates.sweatWhy;
    expect(ride).toMatch(/^Effort from heart rate \(157 bpm, the heart-rate stream's moving average\), through Keytel 2005's equation, so the range is wider: about \d+ W/);
  });

  it('said in every language', () => {
    const why = (language: 'de' | 'fr') => analyze(hilly(fromStream), profile({ language }), flatRuns).estimates.sweatWhy;
    expect(why('de')).toMatch(/^Belastung aus der Herzfrequenz \(157 \/min, Mittel des Herzfrequenzverlaufs in Bewegung\), über deine eigene/);
    expect(why('fr')).toMatch(/^Effort déduit de la fréquence cardiaque \(157 bpm, moyenne en mouvement du flux cardiaque\), via votre propre/);
  });
});
