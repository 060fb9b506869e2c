import type { InputNote } from './analysis';
import { messages } from './i18n/index';
import type { Language, SweatTest } from './profile';
import { sweatRateFromWeighIn, weighInIssue } from './sweat-test';

/** Tests closer than this in temperature cannot define a slope. */
const MIN_TEMPERATURE_SPREAD_C = 3;

/** One usable weigh-in: its rate and the conditions it was measured in, where the runner gave them. */
export interface Point {
  tempC: number | null;
  humidityPct: number | null;
  /** Distance covered during the test, m, when given: sets the test's pace. */
  distanceM: number | null;
  durationH: number;
  rateLph: number;
  date: string;
  /** The sport it was measured on, when known (a test typed on the options page has none: a run). */
  sport: string | null;
  /** Metabolic heat during the test, W, when it was recorded with it. */
  metabolicW: number | null;
}

/** The weigh-ins that can be used; each unusable one adds an `invalid` note. */
export function usablePoints(tests: readonly unknown[], invalid: InputNote[], language: Language): Point[] {
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
    const rh = typeof t.humidityPct === 'number' && t.humidityPct >= 0 && t.humidityPct <= 100 ? t.humidityPct : null;
    const distanceM = typeof t.distanceM === 'number' && t.distanceM > 0 && t.distanceM / (weighIn.durationH * 3600) < 7 ? t.distanceM : null;
    points.push({
      tempC: temp,
      humidityPct: rh,
      distanceM,
      durationH: weighIn.durationH,
      rateLph: sweatRateFromWeighIn(weighIn).sweatRateLph,
      date: typeof t.date === 'string' ? t.date : '',
      sport: typeof t.sport === 'string' ? t.sport : null,
      metabolicW: typeof t.metabolicW === 'number' && t.metabolicW >= 50 && t.metabolicW <= 3000 ? t.metabolicW : null,
    });
  }
  return points;
}

/** The runner's own line of sweat rate against temperature, drawn by the options chart. */
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

export interface SweatCurve {
  /** Usable weigh-ins that have a temperature, in the order given. */
  points: { temperatureC: number; sweatRateLph: number; date: string }[];
  /** The least-squares line, or null when the tests cannot define one. */
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
