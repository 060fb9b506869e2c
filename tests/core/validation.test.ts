// The engine's validation table in docs/science.md is computed here, never typed by hand:
// `UPDATE_VALIDATION=1 npx vitest run tests/core/validation.test.ts` rewrites it; otherwise this
// test fails when the docs and the engine disagree.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index';
import { sessionPower } from '../../src/core/metabolic';
import { profile, run } from './helpers';
import { docBlock, fmt, signed } from './validation/doc-block';

interface Case {
  name: string;
  speedMs: number;
  distanceM: number;
  temperatureC: number;
  humidityPct: number;
  massKg: number;
  heightCm: number;
  measured: number;
}

/** Published running cases (the reference's §1 and §9), with what each source left out assumed as noted. */
const CASES: Case[] = [
  { name: 'Marathon, 3.1 m/s, 24.4 °C, 28 % RH (Lara et al. 2016)', speedMs: 3.1, distanceM: 42_195, temperatureC: 24.4, humidityPct: 28, massKg: 70, heightCm: 175, measured: 0.93 },
  { name: 'Marathon men, 7 °C (Rehrer & Burke 1996; 3.0 m/s, 70 % RH assumed)', speedMs: 3.0, distanceM: 42_195, temperatureC: 7, humidityPct: 70, massKg: 70, heightCm: 175, measured: 0.81 },
  { name: 'Marathon men, 15.9 km/h, 20 °C (Rehrer & Burke 1996; 50 % RH assumed)', speedMs: 15.9 / 3.6, distanceM: 42_195, temperatureC: 20, humidityPct: 50, massKg: 70, heightCm: 175, measured: 1.52 },
  { name: '10 km men, 14.6 km/h, 19–24 °C (Rehrer & Burke 1996; 21.5 °C, 50 % assumed)', speedMs: 14.6 / 3.6, distanceM: 10_000, temperatureC: 21.5, humidityPct: 50, massKg: 70, heightCm: 175, measured: 1.83 },
  { name: '10 km women, 12.8 km/h (Rehrer & Burke 1996; 58 kg, 165 cm, 21.5 °C, 50 % assumed)', speedMs: 12.8 / 3.6, distanceM: 10_000, temperatureC: 21.5, humidityPct: 50, massKg: 58, heightCm: 165, measured: 1.49 },
];
/**
 * What the engine reaches today (0.244 L/h, 4 of 5): a change may not make it worse. The goal
 * (0.12 L/h) would need a short race to shed a larger share of its heat as sweat than the marathons
 * did, which no source found supports; docs/science.md gives the numbers, checked below.
 */
const MAX_MAE = 0.245;
const MIN_COVERED = 4;
/** The goal for the running cases: the accuracy the best published models report. */
const GOAL_MAE = 0.12;
/** 1 L/h of evaporated sweat carries about 675 W (2430 J/g). */
const WATTS_PER_LPH = 675;

function rows() {
  return CASES.map((c) => {
    const a = run({ movingS: c.distanceM / c.speedMs, distanceM: c.distanceM, temperatureC: c.temperatureC, humidityPct: c.humidityPct });
    const r = analyze(a, profile({ bodyMassKg: c.massKg, heightCm: c.heightCm })).estimates.sweatRateLph;
    const made = sessionPower({ sport: 'run', durationS: a.movingS, distanceM: c.distanceM, elevationGainM: 0, calories: null, energyKj: null }, c.massKg).metabolicW;
    return { ...c, predicted: r.value, low: r.low, high: r.high, error: r.value - c.measured, covered: r.low <= c.measured && c.measured <= r.high, heatShare: (c.measured * WATTS_PER_LPH) / made };
  });
}

function summary() {
  const rs = rows();
  return { rs, mae: rs.reduce((s, r) => s + Math.abs(r.error), 0) / rs.length, covered: rs.filter((r) => r.covered).length };
}

function table(): string {
  const { rs, mae, covered } = summary();
  return [
    '| case | measured L/h | engine L/h (range) | error | range holds it | measured sweat heat ÷ heat made (ACSM) |',
    '|---|---|---|---|---|---|',
    ...rs.map((r) => `| ${r.name} | ${fmt(r.measured)} | ${fmt(r.predicted)} (${fmt(r.low)}–${fmt(r.high)}) | ${signed(r.error)} | ${r.covered ? 'yes' : 'no'} | ${fmt(r.heatShare)} |`),
    '',
    `Mean absolute error ${fmt(mae)} L/h; the range holds the measured value in ${covered} of ${rs.length} cases.`,
  ].join('\n');
}

describe('validation against published running cases', () => {
  it('is no worse than today: mean absolute error and range coverage, from the table\'s own rows', () => {
    const { mae, covered } = summary();
    expect(mae).toBeLessThanOrEqual(MAX_MAE);
    expect(covered).toBeGreaterThanOrEqual(MIN_COVERED);
  });

  it('0.12 L/h would need the women\'s 10 km to shed a larger share of her heat as sweat than the warmer marathons did', () => {
    const [lara, , marathon, tenK, women] = rows();
    if (lara === undefined || marathon === undefined || tenK === undefined || women === undefined) throw new Error('cases changed');
    // the faster marathon is predicted at least as high as the slower 10 km, as any heat model must;
    // measured, it is the other way round, so these two errors add up to at least this much
    expect(marathon.predicted).toBeGreaterThanOrEqual(tenK.predicted);
    const pairError = tenK.measured - marathon.measured;
    expect(pairError).toBeCloseTo(0.31, 2);
    // with every other case exact, what is left of 5 × 0.12 is all the women's 10 km may miss by
    const womenAtLeast = women.measured - (GOAL_MAE * CASES.length - pairError);
    const neededShare = (womenAtLeast / women.measured) * women.heatShare;
    expect(neededShare).toBeCloseTo(0.87, 2);
    expect(neededShare).toBeGreaterThan(Math.max(lara.heatShare, marathon.heatShare) + 0.1);
    // and measured, she lost more heat as sweat than the ACSM equation says her pace made
    expect(women.heatShare).toBeGreaterThan(1);
  });

  it('docs/science.md publishes exactly the table the engine produces', () => {
    const { expected, actual } = docBlock('validation', 'tests/core/validation.test.ts', table());
    expect(actual).toBe(expected);
  });
});
