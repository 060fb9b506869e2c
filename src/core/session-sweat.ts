import type { Activity } from './activity';
import type { InputNote } from './analysis';
import { sessionEffort } from './effort';
import { heartRateLine } from './heart-rate-effort';
import { type CleanIntake, weighedSweatLph } from './intake';
import type { CleanActivity } from './inputs';
import type { Language } from './languages';
import type { Profile } from './profile';
import type { CleanProfile } from './profile-inputs';
import { roundTo } from './round';
import { sodiumLossMg, sweatSodiumMgPerL } from './sodium';
import { modelSweat } from './sweat-model';
import { type Conditions, estimateSweatRate } from './sweat-rate';
import type { Weather } from './weather';
import { sweatTestsOf } from './weigh-ins';
import { usualRunPower, usualRunSpeedMs, weighInPower } from './weigh-in-effort';

/**
 * What the session cost the runner (analysis-context.ts): its effort, the sweat rate that effort
 * makes in the day's weather (or the scale's, when weighed), and the fluid and sodium lost over
 * its duration. Apart from the rest of the context because it is the one chain of physiology every
 * finding rests on: effort → sweat → loss. The runner's usual running pace is worked out only when
 * a weigh-in or a typed rate is placed at it, once.
 */
export function sessionSweat(
  a: CleanActivity,
  p: CleanProfile,
  took: CleanIntake,
  w: Weather,
  massKg: number,
  heightCm: number,
  history: readonly unknown[],
  referenceMs: number | null,
  language: Language,
  invalid: InputNote[],
) {
  // Written out, not spread from the cleaned activity: a spread of its 20 fields is slow in V8, and the 8-week view does it for every run.
  const effortInput = {
    sport: a.sport,
    durationS: a.durationS,
    distanceM: a.distanceM,
    elevationGainM: a.elevationGainM,
    calories: a.calories,
    energyKj: a.energyKj,
    movement: a.movement,
    avgHeartRate: a.avgHeartRate,
    female: p.female,
  };
  const power = sessionEffort(effortInput, massKg, heartRateLine(history));
  const speedMs = a.distanceM !== null && a.durationS > 0 ? a.distanceM / a.durationS : null;
  const today = { sport: a.sport, speedMs, power };
  let usualRunMs: number | undefined;
  const usualRun = () => (usualRunMs ??= usualRunSpeedMs(history, referenceMs, a.id, today));
  const sun = a.temperatureC === null ? null : a.solarLoadWm2;
  const conditions = (t: number, rh: number): Conditions => ({ power, massKg, heightCm, temperatureC: t, humidityPct: rh, solarLoadWm2: sun ?? 0 });
  const estimated = estimateSweatRate(
    {
      measuredLph: p.sweatRateLph,
      sweatTests: sweatTestsOf({ sweatTests: p.sweatTests as Profile['sweatTests'] }, history as Activity[]),
      central: conditions(w.temperatureC, w.humidityPct),
      cool: conditions(w.cool.temperatureC, w.cool.humidityPct),
      warm: conditions(w.warm.temperatureC, w.warm.humidityPct),
      sport: a.sport,
      powerOf: (point) => weighInPower(point, today, massKg, usualRun()),
      usualRunPower: () => usualRunPower(massKg, usualRun()),
    },
    invalid,
    language,
  );
  const weighedLph = weighedSweatLph(took, a.durationS);
  // The session's own weights beat any model (science §11): the range is the scale's error only.
  const sweat =
    weighedLph === null
      ? estimated
      : { ...weighedLph, basis: 'weighed' as const, uncompensable: modelSweat(conditions(w.temperatureC, w.humidityPct)).uncompensable, predicted: estimated.predicted };
  const hours = a.durationS / 60 / 60;
  const lossMl = { value: roundTo(sweat.value * hours * 1000, 10), low: roundTo(sweat.low * hours * 1000, 10), high: roundTo(sweat.high * hours * 1000, 10) };
  const sodiumConc = sweatSodiumMgPerL(p.sodiumMgPerL, p.saltySweater, p.female ? 'female' : p.male ? 'male' : null);
  const raw = sodiumLossMg(lossMl, sodiumConc);
  const sodiumMg = { value: roundTo(raw.value, 10), low: roundTo(raw.low, 10), high: roundTo(raw.high, 10) };
  return { power, speedMs, sun, estimated, weighedLph, sweat, lossMl, sodiumConc, sodiumMg, lossPct: lossMl.value / 10 / massKg };
}
