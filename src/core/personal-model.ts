import type { InputNote } from './analysis';
import { MAX_SWEAT_LPH } from './heat-balance';
import type { Power } from './metabolic';
import { type Point, usablePoints } from './personal-fit';
import type { Language } from './profile';
import { type Conditions, modelSweat, type SweatRateInput } from './sweat-model';

/**
 * The runner's own sweat model: the population model (sweat-model.ts: at a given effort it never
 * falls with heat) times a personal factor k, with k learned from the runner's weigh-ins by
 * Bayesian shrinkage on log k. Prior: the population's spread, log k ~ N(0, 0.37²) (coefficient
 * of variation 0.45 in Barnes 2019). Each weigh-in y = log(measured ÷ model at its own effort and
 * weather) counts with a variance that grows with the scale's error, the day-to-day spread and how
 * far its effort and sport are from today. Because k multiplies the model, a rate measured running
 * is always carried to a walk or a ride through the model, never copied.
 */
const PRIOR_SD = 0.37;
/**
 * The same runner on a similar day: weigh-ins in similar weather differ by 0.14–0.16 L/h on average
 * (Smith, Bello & Price 2021, 13 athletes over 24 weeks), so the day-to-day spread is taken as
 * 0.15 L/h, and never less than ±10 % (Cheuvront 2007's ±0.125 L/h on ~1.2 L/h). On the log scale
 * of k that is large for a walker sweating 0.4 L/h and small for a runner at 1.5 L/h.
 */
const DAY_SD_LPH = 0.15;
const DAY_SD = 0.1;
const dayLph = (rateLph: number) => Math.max(DAY_SD * rateLph, DAY_SD_LPH);
const daySd = (rateLph: number) => dayLph(rateLph) / Math.max(MIN_LPH, rateLph);
/** A home scale reads to ±0.1 kg, twice: ±0.14 kg over the test (docs/science.md §1). */
const SCALE_KG = 0.14;
/** A typed rate without conditions is one weak measurement (its pace and weather are guessed). */
const BARE_SD = 0.2;
/** Each doubling of effort between the test and today adds this much doubt about k. */
const EFFORT_SD_PER_LOG = 0.25;
/** A test in another sport (other clothing, posture, air speed) adds this much. */
const OTHER_SPORT_SD = 0.15;
/** Beyond 5 °C from the nearest test, each °C adds 0.02 to the spread of k (the model's heat response is the population's, not yet the runner's). */
const SAME_CONDITIONS_C = 5;
const SD_PER_C = 0.02;
/** The range is the central 80 %: the low end, the drinking ceiling, is beaten 9 times in 10. */
const Z = 1.28;
export const ASSUMED_MEASURED_AT = { temperatureC: 20, humidityPct: 50 } as const;
const MIN_LPH = 0.1;

interface Measurement {
  rateLph: number;
  temperatureC: number;
  humidityPct: number;
  power: Power;
  sd: number;
}

export interface PersonalRate {
  value: number;
  low: number;
  high: number;
  basis: 'measured' | 'personal';
  /** Weigh-ins (and a typed rate) used, and how many are near today's effort, sport and weather. */
  count: number;
  nearCount: number;
  /** ± share of the personal factor (one SD): how sure the runner's own model is. */
  sureSd: number;
}

const netW = (p: Power) => Math.max(1, p.metabolicW - p.externalWorkW);

function measurementOf(p: Point, input: SweatRateInput): Measurement {
  const power = input.powerOf(p);
  const scaleSd = SCALE_KG / p.durationH / Math.max(0.1, p.rateLph);
  const effort = Math.log(netW(power) / netW(input.central.power));
  const sport = p.sport !== null && p.sport !== input.sport ? OTHER_SPORT_SD : 0;
  const sd = Math.sqrt(daySd(p.rateLph) ** 2 + scaleSd ** 2 + (EFFORT_SD_PER_LOG * effort) ** 2 + sport ** 2);
  return { rateLph: p.rateLph, temperatureC: p.tempC ?? ASSUMED_MEASURED_AT.temperatureC, humidityPct: p.humidityPct ?? ASSUMED_MEASURED_AT.humidityPct, power, sd };
}

function bareMeasurement(rateLph: number, input: SweatRateInput): Measurement {
  const power = input.usualRunPower();
  const effort = Math.log(netW(power) / netW(input.central.power));
  const sport = input.sport === 'run' || input.sport === 'trail_run' ? 0 : OTHER_SPORT_SD;
  const sd = Math.sqrt(BARE_SD ** 2 + (EFFORT_SD_PER_LOG * effort) ** 2 + sport ** 2);
  return { rateLph, ...ASSUMED_MEASURED_AT, power, sd };
}

/** log(measured ÷ what the population model predicts for that test's own effort and weather). */
function logRatio(m: Measurement, c: Conditions): number {
  // A weigh-in's sun is not known: its model is the shade's, whatever today's sun.
  const then = modelSweat({ ...c, power: m.power, temperatureC: m.temperatureC, humidityPct: m.humidityPct, solarLoadWm2: 0 }).lph;
  return Math.log(m.rateLph / Math.max(MIN_LPH, then));
}

/**
 * The personal estimate, or null without any weigh-in or typed rate. Central value: model(today)·k;
 * range: the cool and warm ends of today's weather times k's 80 % interval (its posterior spread
 * plus the day-to-day spread); never above the physical maximum unless the runner measured more.
 */
export function personalRate(input: SweatRateInput, invalid: InputNote[], language: Language): PersonalRate | null {
  const points = usablePoints(input.sweatTests, invalid, language);
  const ms = points.map((p) => measurementOf(p, input));
  if (input.measuredLph !== null) ms.push(bareMeasurement(input.measuredLph, input));
  if (ms.length === 0) return null;
  let precision = 1 / PRIOR_SD ** 2;
  let sum = 0;
  for (const m of ms) {
    precision += 1 / m.sd ** 2;
    sum += logRatio(m, input.central) / m.sd ** 2;
  }
  const mean = sum / precision;
  const sureSd = Math.sqrt(1 / precision);
  const t = input.central.temperatureC;
  const nearestC = Math.min(...ms.map((m) => Math.abs(m.temperatureC - t)));
  const cap = Math.max(MAX_SWEAT_LPH, ...ms.map((m) => m.rateLph));
  const k = Math.exp(mean);
  const value = Math.min(cap, modelSweat(input.central).lph * k);
  // k's doubt (and the distance from the nearest test's temperature) scales the model; a day's own
  // scatter around the runner's mean is about 0.15 L/h whatever the rate, so it is added in L/h.
  const kSd = Math.sqrt(sureSd ** 2 + (SD_PER_C * Math.max(0, nearestC - SAME_CONDITIONS_C)) ** 2);
  const spreadLph = (x: number) => Math.sqrt((x * kSd) ** 2 + dayLph(x) ** 2);
  const lowBase = Math.min(value, modelSweat(input.cool).lph * k);
  const highBase = Math.max(value, modelSweat(input.warm).lph * k);
  const low = Math.min(value, Math.max(MIN_LPH, lowBase - Z * spreadLph(lowBase)));
  const high = Math.min(cap, highBase + Z * spreadLph(highBase));
  const nearCount = ms.filter((m) => m.sd < 0.2 && Math.abs(m.temperatureC - t) <= SAME_CONDITIONS_C).length;
  return { value, low, high, basis: points.length > 0 ? 'personal' : 'measured', count: ms.length, nearCount, sureSd };
}
