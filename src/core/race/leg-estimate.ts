import type { HeatFlag, InputNote } from '../analysis';
import { type Power, sessionPower } from '../metabolic';
import type { CleanProfile } from '../profile-inputs';
import { type Conditions, estimateSweatRate, type SweatRate } from '../sweat-rate';
import { weather } from '../weather';
import { usualRunPower, usualRunSpeedMs, weighInPower } from '../weigh-in-effort';
import type { LegWeather } from './leg-weather';

export interface LegEstimate {
  power: Power;
  sweat: SweatRate;
  flag: HeatFlag | null;
  /** The hottest flag the leg could have when its humidity was unknown. */
  flagHigh: HeatFlag | null;
}

export interface LegShape {
  sport: 'run' | 'walk' | 'hike' | 'ride';
  distanceM: number;
  durationS: number;
  climbM: number;
}

/**
 * One leg's sweat estimate through the engine's own estimator (sweat-rate.ts): the leg's pace and
 * climb set the metabolic power, its forecast hours the weather (the engine's 5–25 °C range when
 * the forecast does not reach it), and the runner's own model (typed rate and weigh-ins) carries to both.
 */
export function legEstimate(leg: LegShape, w: LegWeather | null, p: CleanProfile, body: { massKg: number; heightCm: number }, invalid: InputNote[]): LegEstimate {
  const activity = { sport: leg.sport, durationS: leg.durationS, distanceM: leg.distanceM, elevationGainM: leg.climbM, calories: null, energyKj: null };
  const power = sessionPower(activity, body.massKg);
  const shown = weather(w?.temperatureC ?? null, w?.humidityPct ?? null, p.units, [], p.language, w?.temperatureHighC ?? null, w?.wbgtHighC ?? null);
  // No history here: the usual running pace is the leg's own on a run, else 10 km/h (weigh-in-effort.ts).
  const today = { sport: leg.sport, speedMs: leg.durationS > 0 ? leg.distanceM / leg.durationS : null, power };
  const usualRunMs = usualRunSpeedMs([], null, null, today);
  // The forecast's sun on the leg, when it was counted (leg-weather.ts); else a shade estimate.
  const at = (temperatureC: number, humidityPct: number): Conditions => ({ power, ...body, temperatureC, humidityPct, solarLoadWm2: w?.solarLoadWm2 ?? 0 });
  const sweat = estimateSweatRate(
    {
      measuredLph: p.sweatRateLph,
      sweatTests: p.sweatTests,
      central: at(shown.temperatureC, shown.humidityPct),
      cool: at(shown.cool.temperatureC, shown.cool.humidityPct),
      warm: at(shown.warm.temperatureC, shown.warm.humidityPct),
      sport: leg.sport,
      powerOf: (point) => weighInPower(point, today, body.massKg, usualRunMs),
      usualRunPower: () => usualRunPower(body.massKg, usualRunMs),
    },
    invalid,
    p.language,
  );
  return { power, sweat, flag: shown.flag, flagHigh: shown.flagRange?.high ?? shown.flag };
}
