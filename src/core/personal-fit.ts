import type { InputNote } from './analysis';
import { messages } from './i18n/index';
import type { Language } from './profile';
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
    points.push({ tempC: temp, rateLph: sweatRateFromWeighIn(weighIn).sweatRateLph });
  }
  return points;
}

/**
 * The runner's own sweat rate at `temperatureC`: an ordinary least-squares line through their
 * weigh-ins (rate vs temperature) when they span ≥ 3 °C, else their mean. The slope is kept ≥ 0
 * (sweat never falls with heat; a negative slope is noise). Range = residual error + test error,
 * widened by the slope times how far outside the tested temperatures this run was.
 */
export function personalSweatRate(
  tests: readonly unknown[],
  temperatureC: number,
  invalid: InputNote[],
  language: Language = 'en',
): PersonalRate | null {
  const points = usablePoints(tests, invalid, language);
  if (points.length === 0) return null;
  const withTemp = points.filter((p) => p.tempC !== null) as { tempC: number; rateLph: number }[];
  const mean = points.reduce((s, p) => s + p.rateLph, 0) / points.length;
  let minT = Number.POSITIVE_INFINITY;
  let maxT = Number.NEGATIVE_INFINITY;
  for (const p of withTemp) {
    minT = Math.min(minT, p.tempC);
    maxT = Math.max(maxT, p.tempC);
  }
  if (withTemp.length < 2 || maxT - minT < MIN_TEMPERATURE_SPREAD_C) {
    const spread = Math.sqrt(points.reduce((s, p) => s + (p.rateLph - mean) ** 2, 0) / points.length);
    const half = TEST_ERROR_LPH + spread;
    return { value: mean, low: Math.max(0, mean - half), high: mean + half, slopeLphPerC: 0 };
  }
  const n = withTemp.length;
  const meanT = withTemp.reduce((s, p) => s + p.tempC, 0) / n;
  const meanR = withTemp.reduce((s, p) => s + p.rateLph, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of withTemp) {
    sxy += (p.tempC - meanT) * (p.rateLph - meanR);
    sxx += (p.tempC - meanT) ** 2;
  }
  const slope = Math.max(0, sxy / sxx);
  const value = Math.max(0.1, meanR + slope * (temperatureC - meanT));
  const sse = withTemp.reduce((s, p) => s + (p.rateLph - (meanR + slope * (p.tempC - meanT))) ** 2, 0);
  const residual = n > 2 ? Math.sqrt(sse / (n - 2)) : 0;
  const outside = Math.max(0, minT - temperatureC, temperatureC - maxT);
  const half = TEST_ERROR_LPH + residual + slope * outside * 0.5;
  return { value, low: Math.max(0, value - half), high: value + half, slopeLphPerC: slope };
}
