import type { InputNote } from './analysis';
import { MAX_SWEAT_LPH } from './heat-balance';
import type { Power } from './metabolic';
import { type Point, usablePoints } from './personal-fit';
import type { Language } from './profile';
import type { SweatBasis } from './sweat-rate';
import { type Conditions, modelSweat, type SweatRateInput } from './sweat-model';

/**
 * A measured sweat rate holds for the conditions it was measured in (Sawka 2007; Baker 2017). To use
 * it on another day it is scaled by the ratio of the model's predictions: rate × model(today) ÷
 * model(then), with the same body. Where the runner did not say, "then" is 20 °C, 50 % humidity
 * and today's pace.
 */
export const ASSUMED_MEASURED_AT = { temperatureC: 20, humidityPct: 50 } as const;
/** A bare measured rate repeats to about ±15 % on a similar day. */
const MEASURED_SPREAD = 0.15;
/** Weigh-ins repeat to about ±0.1–0.15 L/h (Cheuvront 2007 use ±0.125 L/h as acceptable error). */
const TEST_ERROR_LPH = 0.15;
/** Within this many °C the scaling is trusted; beyond it the range widens by 3 % per °C. */
const SAME_CONDITIONS_C = 5;
const WIDEN_PER_C = 0.03;
const MIN_LPH = 0.1;

interface Measurement {
  rateLph: number;
  temperatureC: number;
  humidityPct: number;
  power: Power;
}

/** The measurement scaled to conditions `c`: rate × model(c) ÷ model(measured). */
function scaled(m: Measurement, c: Conditions): number {
  const then = modelSweat({ ...c, power: m.power, temperatureC: m.temperatureC, humidityPct: m.humidityPct }).lph;
  const now = modelSweat(c).lph;
  return then > 0 ? (m.rateLph * now) / then : m.rateLph;
}

function measurements(input: SweatRateInput, points: readonly Point[]): Measurement[] {
  if (input.measuredLph !== null) {
    return [{ rateLph: input.measuredLph, ...ASSUMED_MEASURED_AT, power: input.central.power }];
  }
  return points.map((p) => ({
    rateLph: p.rateLph,
    temperatureC: p.tempC ?? ASSUMED_MEASURED_AT.temperatureC,
    humidityPct: p.humidityPct ?? ASSUMED_MEASURED_AT.humidityPct,
    power: p.distanceM === null ? input.central.power : input.powerAt(p.distanceM, p.durationH * 3600),
  }));
}

/** Weighted mean of the scaled rates: tests nearer today's temperature count more. */
function combine(ms: readonly Measurement[], c: Conditions, centralC: number): { mean: number; sd: number } {
  let sw = 0;
  let sum = 0;
  const values = ms.map((m) => scaled(m, c));
  const weights = ms.map((m) => 1 / (1 + ((m.temperatureC - centralC) / SAME_CONDITIONS_C) ** 2));
  for (let i = 0; i < ms.length; i++) {
    sw += weights[i] as number;
    sum += (weights[i] as number) * (values[i] as number);
  }
  const mean = sum / sw;
  let ss = 0;
  for (let i = 0; i < ms.length; i++) ss += (weights[i] as number) * ((values[i] as number) - mean) ** 2;
  return { mean, sd: Math.sqrt(ss / sw) };
}

/**
 * The runner's measured rate (profile `sweatRateLph`, basis `measured`) or weigh-ins (basis
 * `personal`) scaled to today, or null when there are neither. Never above the physical maximum
 * (2.5 L/h), unless the runner measured more themselves, and then never above what they measured.
 */
export function scaledPersonalRate(input: SweatRateInput, invalid: InputNote[], language: Language): { value: number; low: number; high: number; basis: SweatBasis } | null {
  const points = input.measuredLph !== null ? [] : usablePoints(input.sweatTests, invalid, language);
  const ms = measurements(input, points);
  if (ms.length === 0) return null;
  const cap = Math.max(MAX_SWEAT_LPH, ...ms.map((m) => m.rateLph));
  const t = input.central.temperatureC;
  const central = combine(ms, input.central, t);
  const cool = combine(ms, input.cool, t).mean;
  const warm = combine(ms, input.warm, t).mean;
  const nearestC = Math.min(...ms.map((m) => Math.abs(m.temperatureC - t)));
  const value = Math.min(cap, central.mean);
  const widen = value * WIDEN_PER_C * Math.max(0, nearestC - SAME_CONDITIONS_C);
  const half = (input.measuredLph !== null ? MEASURED_SPREAD * value : TEST_ERROR_LPH + central.sd) + widen;
  return {
    value,
    low: Math.min(value, Math.max(MIN_LPH, Math.min(cool, value) - half)),
    high: Math.min(cap, Math.max(value, Math.max(warm, value) + half)),
    basis: input.measuredLph !== null ? 'measured' : 'personal',
  };
}
