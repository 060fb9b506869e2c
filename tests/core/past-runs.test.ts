import { describe, expect, it } from 'vitest';
import { recentTraining, WINDOW_MS } from '../../src/core/recent-training';
import { generateHistory } from '../fixtures/history';

/** An independent answer: Date.parse on UTC times, a filter and a sort. */
function naive(history: ReturnType<typeof generateHistory>, referenceMs: number) {
  const inWindow = history.filter((h) => {
    const t = Date.parse(h.startTime ?? '');
    return t < referenceMs && t >= referenceMs - WINDOW_MS && (h.distanceM ?? 0) > 0;
  });
  const speeds = inWindow.map((h) => (h.distanceM ?? 0) / h.movingS).sort((a, b) => a - b);
  const mid = speeds.length >> 1;
  const median = speeds.length % 2 ? speeds[mid] : ((speeds[mid - 1] ?? 0) + (speeds[mid] ?? 0)) / 2;
  return { count: inWindow.length, longestM: Math.max(0, ...inWindow.map((h) => h.distanceM ?? 0)), medianSpeedMs: speeds.length >= 2 ? median : null };
}

describe('30-day window', () => {
  const history = generateHistory({ days: 730 });

  it('matches a full scan for reference times across two years of runs', () => {
    expect(history.length).toBeGreaterThan(400);
    for (let day = 0; day < 730; day += 17) {
      const reference = Date.parse('2024-11-01T12:00:00Z') + day * 86_400_000;
      const got = recentTraining(history, 'run', reference, null);
      const want = naive(history, reference);
      expect({ count: got.count, longestM: got.longestM }).toEqual({ count: want.count, longestM: want.longestM });
    }
  });

  it('sees runs added to the same array later', () => {
    const runs = generateHistory({ days: 60 });
    const reference = Date.parse('2026-11-01T07:00:00Z');
    const before = recentTraining(runs, 'run', reference, null);
    runs.push({ source: 'manual', sport: 'run', movingS: 20_000, distanceM: 50_000, startTime: '2026-10-31T07:00:00Z' });
    const after = recentTraining(runs, 'run', reference, null);
    expect(after.count).toBe(before.count + 1);
    expect(after.longestM).toBe(50_000);
  });

  it('leaves out the analyzed activity itself and other sports', () => {
    const reference = Date.parse('2026-11-01T07:00:00Z');
    const runs = [
      { source: 's', id: 'a', sport: 'run', movingS: 3000, distanceM: 10_000, startTime: '2026-10-20T07:00:00Z' },
      { source: 's', id: 'b', sport: 'ride', movingS: 3000, distanceM: 40_000, startTime: '2026-10-21T07:00:00Z' },
      { source: 's', id: 'self', sport: 'run', movingS: 3000, distanceM: 30_000, startTime: '2026-10-22T07:00:00Z' },
    ];
    expect(recentTraining(runs, 'run', reference, 'self')).toMatchObject({ count: 1, longestM: 10_000 });
  });
});
