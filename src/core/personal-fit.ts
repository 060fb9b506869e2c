import type { InputNote } from './analysis';
import { messages } from './i18n/index';
import type { Language, SweatTest } from './profile';
import { sweatRateFromWeighIn, weighInIssue } from './sweat-test';

/** Weigh-ins repeat to about ±0.1–0.15 L/h (Cheuvront 2007 use ±0.125 L/h as acceptable error). */
const TEST_ERROR_LPH = 0.15;
/** Tests closer than this in temperature cannot define a slope. */
const MIN_TEMPERATURE_SPREAD_C = 3;

export interface PersonalRate {
  value: number;
  low: number;
  high: number;
  /** L/h per °C, 0 when the tests could not define a slope. */
  slopeLphPerC: number;
}

interface Point {
  tempC: number | null;
  rateLph: number;
  date: string;
}

function usablePoints(tests: readonly unknown[], invalid: InputNote[], language: Language): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < tests.length; i++) {
    const t = tests[i] as Record<string, unknown> | null;
    if (typeof t !== 'object' || t === null) continue;
    const weighIn = {
      preKg: Number(t.preKg),
      postKg: Number(t.postKg),
      drankL: Number(t.drankL),
      urineL: t.urineL === undefined ? 0 : Number(t.urineL),
      durationH: Number(t.durationH),
    };
    const problem = weighInIssue(weighIn);
    if (problem !== null) {
      invalid.push({ field: `sweatTests[${i}]`, message: messages(language).invalidSweatTest(problem) });
      continue;
    }
    const temp = typeof t.temperatureC === 'number' && t.temperatureC > -40 && t.temperatureC < 55 ? t.temperatureC : null;
    points.push({ tempC: temp, rateLph: sweatRateFromWeighIn(weighIn).sweatRateLph, date: typeof t.date === 'string' ? t.date : '' });
  }
  return points;
}

/** The runner's own line of sweat rate against temperature (what personalSweatRate and the options chart use). */
export interface SweatLine {
  /** L/h per °C, never negative. */
  slopeLphPerC: number;
  /** Rate the line gives at 0 °C, L/h. */
  interceptLph: number;
  /** Residual standard error, L/h (0 with only 2 tests). */
  residualLph: number;
  /** Coldest and warmest tested temperature, °C. */
  fromC: number;
  toC: number;
}

/**
 * Ordinary least squares of rate on temperature, or null when fewer than 2 tests have a
 * temperature or they span less than 3 °C (too close to define a slope). The slope is kept ≥ 0
 * (sweat never falls with heat; a negative slope is noise).
 */
function fitLine(withTemp: readonly { tempC: number; rateLph: number }[]): SweatLine | null {
  const n = withTemp.length;
  if (n < 2) return null;
  let minT = Number.POSITIVE_INFINITY;
  let maxT = Number.NEGATIVE_INFINITY;
  let sumT = 0;
  let sumR = 0;
  for (const p of withTemp) {
    minT = Math.min(minT, p.tempC);
    maxT = Math.max(maxT, p.tempC);
    sumT += p.tempC;
    sumR += p.rateLph;
  }
  if (maxT - minT < MIN_TEMPERATURE_SPREAD_C) return null;
  const meanT = sumT / n;
  const meanR = sumR / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of withTemp) {
    sxy += (p.tempC - meanT) * (p.rateLph - meanR);
    sxx += (p.tempC - meanT) ** 2;
  }
  const slope = Math.max(0, sxy / sxx);
  const intercept = meanR - slope * meanT;
  const sse = withTemp.reduce((s, p) => s + (p.rateLph - (intercept + slope * p.tempC)) ** 2, 0);
  const residual = n > 2 ? Math.sqrt(sse / (n - 2)) : 0;
  return { slopeLphPerC: slope, interceptLph: intercept, residualLph: residual, fromC: minT, toC: maxT };
}

const withTemperature = (points: readonly Point[]) => points.filter((p) => p.tempC !== null) as { tempC: number; rateLph: number; date: string }[];

/**
 * The runner's own sweat rate at `temperatureC`: the least-squares line through their weigh-ins
 * (fitLine) when they span ≥ 3 °C, else their mean. Range = residual error + test error, widened
 * by the slope times how far outside the tested temperatures this run was.
 */
export function personalSweatRate(
  tests: readonly unknown[],
  temperatureC: number,
  invalid: InputNote[],
  language: Language = 'en',
): PersonalRate | null {
  const points = usablePoints(tests, invalid, language);
  if (points.length === 0) return null;
  const line = fitLine(withTemperature(points));
  if (line === null) {
    const mean = points.reduce((s, p) => s + p.rateLph, 0) / points.length;
    const spread = Math.sqrt(points.reduce((s, p) => s + (p.rateLph - mean) ** 2, 0) / points.length);
    const half = TEST_ERROR_LPH + spread;
    return { value: mean, low: Math.max(0, mean - half), high: mean + half, slopeLphPerC: 0 };
  }
  const slope = line.slopeLphPerC;
  const value = Math.max(0.1, line.interceptLph + slope * temperatureC);
  const outside = Math.max(0, line.fromC - temperatureC, temperatureC - line.toC);
  const half = TEST_ERROR_LPH + line.residualLph + slope * outside * 0.5;
  return { value, low: Math.max(0, value - half), high: value + half, slopeLphPerC: slope };
}

export interface SweatCurve {
  /** Usable weigh-ins that have a temperature, in the order given. */
  points: { temperatureC: number; sweatRateLph: number; date: string }[];
  /** The line personalSweatRate uses, or null when the tests cannot define one. */
  fit: SweatLine | null;
}

/** For the options chart: the runner's weigh-ins against temperature and their personal line. */
export function personalSweatCurve(tests: readonly SweatTest[]): SweatCurve {
  const withTemp = withTemperature(usablePoints(Array.isArray(tests) ? tests : [], [], 'en'));
  return {
    points: withTemp.map((p) => ({ temperatureC: p.tempC, sweatRateLph: p.rateLph, date: p.date })),
    fit: fitLine(withTemp),
  };
}
