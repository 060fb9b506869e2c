import { describe, expect, it } from 'vitest';
import { analyze, distanceSpike, paceSpikePct } from '../../src/core/index';
import { medianInPlace, recentTraining } from '../../src/core/recent-training';
import { pastRun, profile, run } from './helpers';

const REF = Date.parse('2024-06-01T08:00:00Z');

describe('distance spike (Frandsen et al. 2025)', () => {
  it.each([
    [23_000, 20_000, 15, '10–30 % longer', 1.64], // science.md §9 case 5
    [22_000, 20_000, null, null, null], // exactly +10 %: not a spike
    [30_000, 20_000, 50, '30–100 % longer', 1.52],
    [41_000, 20_000, 105, 'more than twice as long', 2.28],
  ])('%d m vs longest %d m → +%s %%', (d, longest, pct, band, hr) => {
    const s = distanceSpike(d, longest);
    if (pct === null) {
      expect(s).toBeNull();
      return;
    }
    expect(s?.pctLonger).toBeCloseTo(pct, 6);
    expect(s?.band).toBe(band);
    expect(s?.hazardRatio).toBe(hr);
  });
});

describe('pace spike', () => {
  it.each([
    [3.3, 3.0, 10],
    [3.15, 3.0, null], // +5 % exactly is not counted
    [2.8, 3.0, null],
    [3.3, null, null],
  ])('%f m/s vs median %s → %s %%', (v, median, pct) => {
    const r = paceSpikePct(v, median);
    if (pct === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(pct, 6);
  });
});

describe('recentTraining window', () => {
  const history = [
    pastRun(1, 10_000, 3000),
    pastRun(10, 20_000, 6600),
    pastRun(29, 12_000, 3600),
    pastRun(31, 40_000, 14_400), // outside the 30 days
    pastRun(-2, 42_000, 12_600), // after the activity: never counts
    pastRun(3, 100_000, 14_400, { sport: 'ride' }), // other sport family
    { ...pastRun(0, 30_000, 9000), id: 'self' }, // the activity itself
  ];

  it('takes the longest run of the same family in the 30 days before', () => {
    const r = recentTraining(history, 'run', REF, 'self');
    expect(r.count).toBe(3);
    expect(r.longestM).toBe(20_000);
  });

  it('the median is the middle value, or the mean of the two middle ones', () => {
    expect(medianInPlace(Float64Array.of(3, 1, 2), 3)).toBe(2);
    expect(medianInPlace(Float64Array.of(4, 1, 3, 2), 4)).toBe(2.5);
    expect(medianInPlace(Float64Array.of(7, 1, 3, 2), 1)).toBe(7);
  });

  it('without any reference time, uses every entry but the activity itself', () => {
    const r = recentTraining(history, 'run', null, 'self');
    expect(r.longestM).toBe(42_000);
    expect(r.windowed).toBe(false);
  });

  it('skips garbage entries', () => {
    const r = recentTraining([null, 5, { sport: 'run', distanceM: Number.NaN }, { sport: 'run', distanceM: 5000, startTime: 'soon' }], 'run', REF, null);
    expect(r.count).toBe(0);
  });
});

describe('history is anchored on the activity, not on today', () => {
  const history = [pastRun(5, 20_000, 6000), pastRun(12, 15_000, 4500), pastRun(20, 10_000, 3000)];
  const activity = run({ id: 'today', distanceM: 23_000, movingS: 6900 });

  it('gives the same answer viewed the same day or a year later', () => {
    const sameDay = analyze(activity, profile(), history, new Date('2024-06-01T12:00:00Z'));
    const yearLater = analyze(activity, profile(), history, new Date('2025-06-01T12:00:00Z'));
    expect(yearLater).toEqual(sameDay);
    expect(sameDay.findings.map((f) => f.id)).toContain('distance-spike');
  });

  it('falls back to `now` when the activity has no start time', () => {
    const noStart = { ...activity, startTime: undefined };
    const recent = analyze(noStart, profile(), history, new Date('2024-06-01T12:00:00Z'));
    const later = analyze(noStart, profile(), history, new Date('2025-06-01T12:00:00Z'));
    expect(recent.findings.map((f) => f.id)).toContain('distance-spike');
    expect(later.findings.map((f) => f.id)).not.toContain('distance-spike');
    expect(recent.missing.map((m) => m.field)).toContain('startTime');
  });
});
