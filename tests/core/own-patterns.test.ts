import { describe, expect, it } from 'vitest';
import { type Activity, type Analysis, analyze, type Finding, personalSweatCurve } from '../../src/core/index';
import { generateHistory } from '../fixtures/history';
import { crampRisk } from '../../src/core/risk';
import { profile } from './helpers';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const find = (r: Analysis, id: Finding['id']) => r.findings.find((f) => f.id === id);

describe('load-trend', () => {
  const startMs = Date.parse('2026-06-20T07:00:00Z');
  const activity: Activity = { source: 'strava', id: 'today', sport: 'run', movingS: 3600, distanceM: 10_000, temperatureC: 15, humidityPct: 50, startTime: iso(startMs) };
  /** A realistic year of running up to 4 weeks before, then 3 runs a week making the given weekly km. */
  const history = (weeksKm: number[]): Activity[] => {
    const runs = generateHistory({ days: 365, end: new Date(startMs - 28 * DAY) });
    weeksKm.forEach((km, w) => {
      const weekStart = startMs - (weeksKm.length - w) * 7 * DAY;
      for (const day of [1, 3, 5]) {
        const distanceM = (km * 1000) / 3;
        if (distanceM > 0) runs.push({ source: 'strava', id: `w${w}d${day}`, sport: 'run', movingS: distanceM * 0.345, distanceM, temperatureC: 14, startTime: iso(weekStart + day * DAY) });
      }
    });
    return runs;
  };

  it.each([
    { weeks: [30, 30, 30, 45], severity: 'caution', rise: 50, acwr: 1.33 },
    { weeks: [20, 30, 40, 50], severity: 'caution', rise: 67, acwr: 1.43 },
    { weeks: [30, 30, 30, 42], severity: 'info', rise: 40, acwr: 1.27 },
    { weeks: [30, 30, 30, 30], severity: null },
    { weeks: [30, 32, 29, 31], severity: null },
    { weeks: [40, 38, 42, 44], severity: null },
    { weeks: [30, 30, 30, 38], severity: null },
    { weeks: [0, 30, 30, 45], severity: null },
  ])('weeks $weeks km → $severity', ({ weeks, severity, rise, acwr }) => {
    const r = analyze(activity, profile(), history(weeks), new Date('2026-06-21T00:00:00Z'));
    const f = find(r, 'load-trend');
    if (severity === null) {
      expect(f).toBeUndefined();
      return;
    }
    expect(f?.severity).toBe(severity);
    expect(f?.amounts?.find((a) => a.key === 'weeklyRisePct')?.value).toBe(rise);
    expect(f?.amounts?.find((a) => a.key === 'acwrCoupled')?.value).toBe(acwr);
    expect(f?.contributed).toContain(`${weeks.join(' → ')} km`);
    expect(f?.contributed).toContain(`${rise} % more in the last week`);
    // The ratio is a secondary note with its caveat, never the headline.
    expect(f?.why).toContain(`ratio was ${acwr}`);
    expect(f?.why).toMatch(/Gabbett 2016.*contested \(Impellizzeri 2020\)/);
    expect(f?.sources).toEqual(['Frandsen et al. 2025, BJSM', 'Gabbett 2016, BJSM', 'Impellizzeri et al. 2020, Int J Sports Physiol Perform']);
  });

  it('30/30/30/45 km: ACWR 1.33 coupled, a weak contributor that alone keeps the risk low', () => {
    const r = analyze(activity, profile(), history([30, 30, 30, 45]), new Date('2026-06-21T00:00:00Z'));
    expect(find(r, 'load-trend')?.contributed).toBe(
      'Possibly build-up: your weekly volume in the 4 weeks before this session went 30 → 30 → 30 → 45 km, 50 % more in the last week than the average of the 3 before.',
    );
    expect(r.crampRisk).toEqual({ level: 'low', contributors: ['Weekly volume rising'] });
  });

  it.each([42, 7, 99])('seed %i: never a warning, and an uncommon note on a realistic generated history', (seed) => {
    const runs = generateHistory({ seed });
    let notes = 0;
    let cautions = 0;
    const dates = 200;
    for (let i = 0; i < dates; i++) {
      const at = Date.parse('2025-01-01T06:00:00Z') + i * 3 * DAY;
      const f = find(analyze({ ...activity, id: `g${i}`, startTime: iso(at) }, profile(), runs, new Date('2026-11-25T00:00:00Z')), 'load-trend');
      if (f) notes++;
      if (f?.severity === 'caution') cautions++;
      expect(f?.severity).not.toBe('warning');
    }
    // The generator's weeks swing by about ±20 %: a rise over 30 % to the biggest week of four is uncommon.
    expect(notes / dates).toBeLessThan(0.2);
    expect(cautions / dates).toBeLessThan(0.1);
  });
});

describe('own-pattern', () => {
  const startMs = Date.parse('2026-08-20T07:00:00Z');
  const today = (a: Partial<Activity> = {}): Activity => ({
    source: 'strava',
    id: 'today',
    sport: 'run',
    movingS: 7800,
    distanceM: 22_500,
    temperatureC: 24,
    humidityPct: 55,
    startTime: iso(startMs),
    ...a,
  });
  const base = generateHistory();
  const earlier = (a: Activity) => Date.parse(a.startTime as string) < startMs;
  const temp = (a: Activity) => a.temperatureC as number;
  /** Runs over 90 min above 22 °C (all under 150 min and up to 25 °C in this fixture), most recent first. */
  const longWarm = base.filter((a) => earlier(a) && a.movingS > 5400 && temp(a) > 22).reverse();
  /** Runs over 90 min at exactly 22 °C: similar to today, but not above 22 °C. */
  const long22 = base.filter((a) => earlier(a) && a.movingS > 5400 && temp(a) === 22).reverse();
  /** Runs over 2 h above 20 °C. */
  const over2h = base.filter((a) => earlier(a) && a.movingS > 7200 && temp(a) > 20).reverse();
  /** Short cold runs: under 45 min below 10 °C. */
  const shortCold = base.filter((a) => earlier(a) && a.movingS < 2700 && (a.temperatureC as number) < 10).reverse();
  const log = (runs: Activity[], picks: Activity[], cramp: Activity['cramp'] | ((a: Activity) => Activity['cramp'])): Activity[] =>
    runs.map((a) => (picks.includes(a) ? { ...a, cramp: typeof cramp === 'function' ? cramp(a) : cramp } : a));
  const yes = { cramped: true };
  const no = { cramped: false };
  const date = (a: Activity) => (a.startTime as string).slice(0, 10);

  it('the fixture has the runs the cases need', () => {
    expect(longWarm.length).toBeGreaterThanOrEqual(4);
    expect(long22.length).toBeGreaterThanOrEqual(3);
    expect(over2h.length).toBeGreaterThanOrEqual(7);
    expect(shortCold.length).toBeGreaterThanOrEqual(3);
    for (const a of [...longWarm, ...long22]) expect(a.movingS / 60).toBeLessThan(150);
    for (const a of longWarm) expect(temp(a)).toBeLessThanOrEqual(25);
  });

  const cases: { name: string; history: () => Activity[]; activity?: Partial<Activity>; severity: Finding['severity'] | null; has?: string[]; hasNot?: string[]; contributor?: boolean }[] = [
    {
      name: '3 cramps on similar long warm runs: (a) with dates and (b) the pattern, which this run fits',
      history: () => log(base, longWarm.slice(0, 3), yes),
      severity: 'warning',
      has: [
        `You logged cramps on 3 similar sessions (${longWarm.slice(0, 3).map(date).join(', ')}), about as long and as warm as this one.`,
        'Your own log, not a rule: your last 3 cramps were all runs over 90 min above 22 °C.',
        'This session fits it.',
      ],
      hasNot: ['went without cramps'],
      contributor: true,
    },
    {
      name: 'similar runs logged without cramps are mentioned, for (a) and for the pattern',
      history: () => log(log(base, longWarm.slice(0, 3), yes), [...longWarm.slice(3, 4), ...long22.slice(0, 3)], no),
      severity: 'warning',
      has: ['4 similar sessions you logged went without cramps.', '1 session you logged that fits it went without cramps.', 'This session fits it.'],
      contributor: true,
    },
    {
      name: 'as many runs that fit the pattern went fine as cramped: no longer strong',
      history: () => log(log(base, over2h.slice(0, 3), yes), over2h.slice(3, 7), no),
      severity: 'caution',
      has: ['your last 3 cramps were all runs over 120 min above 20 °C.', '4 sessions you logged that fit it went without cramps.', 'This session fits it.'],
      contributor: true,
    },
    {
      name: 'control: cramps on short cold runs share nothing with this one',
      history: () => log(base, shortCold.slice(0, 3), yes),
      severity: null,
    },
    {
      name: 'dissimilar cramps that share a muscle: a pattern this run cannot fit, info only',
      history: () => log(base, shortCold.slice(0, 3), { cramped: true, muscles: ['calves', 'feet'] }),
      severity: 'info',
      has: ['Your own log, not a rule: your last 3 cramps were all runs, all in the calves.'],
      hasNot: ['similar sessions', 'fits it', 'This session'],
      contributor: false,
    },
    {
      name: 'a short cool run does not fit a long-warm pattern',
      history: () => log(base, longWarm.slice(0, 3), (a) => ({ cramped: true, atMin: a.movingS / 60 - 5 })),
      activity: { movingS: 3000, distanceM: 9000, temperatureC: 12 },
      severity: 'info',
      has: ['runs over 90 min above 22 °C, all in the last quarter of the session.', 'None of the sessions you logged without cramps fits that description.', 'This session does not fit it.'],
      hasNot: ['similar sessions'],
      contributor: false,
    },
    {
      name: 'one similar cramp: (a) only',
      history: () => log(base, longWarm.slice(1, 2), yes),
      severity: 'caution',
      has: [`You logged cramps on 1 similar session (${date(longWarm[1] as Activity)}), about as long and as warm as this one.`],
      hasNot: ['Your own log'],
      contributor: true,
    },
    {
      name: 'cramps logged on runs after this one do not count',
      history: () => log(base, base.filter((a) => !earlier(a) && a.movingS > 5400).slice(0, 3), yes),
      severity: null,
    },
    {
      name: 'cramps on rides do not count for a run',
      history: () => log(base, longWarm.slice(0, 3), yes).map((a) => (a.cramp ? { ...a, sport: 'ride' as const } : a)),
      severity: null,
    },
  ];

  it.each(cases)('$name', ({ history, activity, severity, has = [], hasNot = [], contributor }) => {
    const r = analyze(today(activity), profile(), history(), new Date('2026-08-21T00:00:00Z'));
    const f = find(r, 'own-pattern');
    if (severity === null) {
      expect(f).toBeUndefined();
      return;
    }
    expect(f?.severity).toBe(severity);
    for (const text of has) expect(f?.contributed).toContain(text);
    for (const text of hasNot) expect(f?.contributed).not.toContain(text);
    expect(f?.why).toContain('your own log, not from research');
    expect(f?.sources).toEqual(['Schwellnus et al. 2011, Br J Sports Med']);
    expect(r.crampRisk.contributors.includes('Your own cramp log')).toBe(contributor);
  });

  it('a run that fits the pattern leads the contributors', () => {
    const fits = analyze(today(), profile(), log(base, longWarm.slice(0, 3), yes), new Date('2026-08-21T00:00:00Z'));
    expect(fits.crampRisk.contributors[0]).toBe('Your own cramp log');
  });

  it.each([
    { severity: 'warning', level: 'moderate', contributors: ['Your own cramp log'] },
    { severity: 'caution', level: 'low', contributors: ['Your own cramp log'] },
    { severity: 'info', level: 'low', contributors: [] },
  ] as const)('own-pattern alone as $severity: $level risk', ({ severity, level, contributors }) => {
    expect(crampRisk([{ id: 'own-pattern', severity, contributed: '', nextTime: '', sources: [] }])).toEqual({ level, contributors });
  });

  it('load-trend counts as weak evidence: with a distance spike it adds little', () => {
    const spike: Finding = { id: 'distance-spike', severity: 'caution', contributed: '', nextTime: '', sources: [] };
    expect(crampRisk([spike]).level).toBe('moderate');
    expect(crampRisk([spike, { ...spike, id: 'load-trend' }]).level).toBe('moderate');
    expect(crampRisk([{ ...spike, id: 'load-trend' }]).level).toBe('low');
  });
});

describe('windows are anchored on the activity, not on the day it is viewed', () => {
  const startMs = Date.parse('2026-07-20T07:00:00Z');
  const base = generateHistory();
  const history = base.map((a, i) => (i % 9 === 0 ? { ...a, cramp: { cramped: i % 2 === 0, atMin: 50, muscles: ['calves'] } } : a));
  const activity: Activity = { source: 'strava', id: 'x', sport: 'run', movingS: 6000, distanceM: 17_000, temperatureC: 23, humidityPct: 60, startTime: iso(startMs) };

  it.each([
    ['the next day', new Date(startMs + DAY)],
    ['months later', new Date(startMs + 120 * DAY)],
    ['a year later', new Date(startMs + 365 * DAY)],
  ])('%s gives the same findings', (_when, now) => {
    const first = analyze(activity, profile(), history, new Date(startMs + 3_600_000));
    expect(first.findings.map((f) => f.id)).toContain('own-pattern');
    expect(analyze(activity, profile(), history, now)).toEqual(first);
  });

  it('the same history with a load-trend and an own pattern, viewed a year later', () => {
    const weeks = [30, 30, 30, 45].flatMap((km, w) =>
      [1, 3, 5].map((d) => ({ source: 'strava', id: `w${w}${d}`, sport: 'run' as const, movingS: km * 115, distanceM: (km * 1000) / 3, startTime: iso(startMs - (4 - w) * 7 * DAY + d * DAY) })),
    );
    const cramps = [40, 70, 100].map((d) => ({ source: 'strava', id: `c${d}`, sport: 'run' as const, movingS: 6000, distanceM: 17_000, temperatureC: 24, startTime: iso(startMs - d * DAY - 3600_000), cramp: { cramped: true } }));
    const later = [{ ...activity, id: 'later', startTime: iso(startMs + 30 * DAY), cramp: { cramped: true } }];
    const h: Activity[] = [...weeks, ...cramps, ...later];
    const then = analyze(activity, profile(), h, new Date(startMs + DAY));
    expect(then.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['load-trend', 'own-pattern']));
    expect(analyze(activity, profile(), h, new Date(startMs + 365 * DAY))).toEqual(then);
  });
});

describe('personalSweatCurve', () => {
  const test = (rateLph: number, temperatureC: number | undefined, date: string) => ({ date, preKg: 70, postKg: 70 - rateLph, drankL: 0, durationH: 1, temperatureC });

  it('3 tests at 10/20/30 °C: slope, intercept, no residual, the tested span', () => {
    const c = personalSweatCurve([test(0.8, 10, '2026-03-01'), test(1.2, 20, '2026-05-01'), test(1.6, 30, '2026-07-01')]);
    expect(c.points).toEqual([
      { temperatureC: 10, sweatRateLph: expect.closeTo(0.8, 9), date: '2026-03-01' },
      { temperatureC: 20, sweatRateLph: expect.closeTo(1.2, 9), date: '2026-05-01' },
      { temperatureC: 30, sweatRateLph: expect.closeTo(1.6, 9), date: '2026-07-01' },
    ]);
    expect(c.fit?.slopeLphPerC).toBeCloseTo(0.04, 9);
    expect(c.fit?.interceptLph).toBeCloseTo(0.4, 9);
    expect(c.fit?.residualLph).toBeCloseTo(0, 9);
    expect([c.fit?.fromC, c.fit?.toC]).toEqual([10, 30]);
  });

  it('scattered tests have a residual; the slope is never negative', () => {
    expect(personalSweatCurve([test(0.7, 10, 'a'), test(1.1, 15, 'b'), test(1.1, 20, 'c')]).fit?.residualLph).toBeGreaterThan(0.1);
    expect(personalSweatCurve([test(1.2, 10, 'a'), test(0.8, 20, 'b')]).fit?.slopeLphPerC).toBe(0);
  });

  it.each([
    { name: 'no tests', tests: [], points: 0 },
    { name: 'one test', tests: [test(1, 20, 'a')], points: 1 },
    { name: 'two tests at the same temperature', tests: [test(1, 20, 'a'), test(1.2, 20, 'b')], points: 2 },
    { name: 'temperatures missing', tests: [test(1, undefined, 'a'), test(1.2, undefined, 'b'), test(1.1, 20, 'c')], points: 1 },
    { name: 'an implausible weigh-in is skipped', tests: [test(1, 10, 'a'), { ...test(1, 25, 'b'), postKg: 60 }], points: 1 },
  ])('$name: fit null, $points points', ({ tests, points }) => {
    const c = personalSweatCurve(tests);
    expect(c.fit).toBeNull();
    expect(c.points).toHaveLength(points);
  });
});
