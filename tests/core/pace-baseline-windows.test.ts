/**
 * The usual pace, as the 8-week view asks for it hundreds of times over one history: each answer is
 * the one a full scan of the history gives (every entry read, filtered, carried with Riegel and
 * sorted for its median), to the last bit, whatever the order of the questions: reference times
 * back and forth, the usual 10 km asked again and again, a session sharing the analyzed run's id,
 * races, sessions without a speed, other sports, undated entries, and no reference time at all.
 */
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activity';
import { paceBaseline } from '../../src/core/pace-baseline';
import { RIEGEL_EXPONENT, USUAL_RUN_DISTANCE_M } from '../../src/core/riegel-pace';
import { familyOf, type SportFamily, toSession, WINDOW_MS } from '../../src/core/past-runs';
import { medianInPlace } from '../../src/core/recent-training';
import { wallClockMs } from '../../src/core/start-time';
import { generateHistory } from '../fixtures/history';

/** The specification, read straight: every entry, every time. */
function fullScan(history: readonly Activity[], family: SportFamily, referenceMs: number | null, ownId: string | null, distanceM: number) {
  const speeds: number[] = [];
  for (const entry of history) {
    const s = toSession(entry);
    if (s === null || familyOf(entry.sport) !== family || (ownId !== null && s.id === ownId)) continue;
    const start = wallClockMs(entry.startTime);
    if (referenceMs !== null && (start === null || start < referenceMs - WINDOW_MS || start >= referenceMs)) continue;
    if (s.isRace || Number.isNaN(s.speedMs) || s.distanceM < distanceM / 3 || s.distanceM > distanceM * 3) continue;
    speeds.push(s.speedMs * (s.distanceM / distanceM) ** (RIEGEL_EXPONENT - 1));
  }
  if (speeds.length < 2) return null;
  speeds.sort((a, b) => a - b);
  const mid = speeds.length >> 1;
  return { speedMs: speeds.length % 2 ? speeds[mid] : ((speeds[mid - 1] as number) + (speeds[mid] as number)) / 2, count: speeds.length, basis: 'usual' as const };
}

/** Two years of runs, with the awkward entries a real history holds mixed in. */
function mixedHistory(): Activity[] {
  return generateHistory({ days: 730, count: 1200, end: new Date('2026-11-20T07:00:00Z') }).map((a, i) => {
    if (i % 13 === 0) return { ...a, sport: 'ride', distanceM: (a.distanceM ?? 0) * 3 };
    if (i % 17 === 0) return { ...a, isRace: true };
    if (i % 19 === 0) return { ...a, movingS: 0 };
    if (i % 23 === 0) return { ...a, distanceM: (a.distanceM ?? 0) * 4 };
    if (i % 29 === 0) return { ...a, id: 'shared-id', source: i % 2 ? 'garmin' : 'strava' };
    if (i % 31 === 0) return { ...a, startTime: undefined } as Activity;
    return a;
  });
}

describe('the usual pace over one history, asked again and again', () => {
  const history = mixedHistory();
  const day = 86_400_000;
  const last = Date.parse('2026-11-20T12:00:00Z');
  // Forward through the 8-week view's days, then back and forth, as analyses come.
  const references = [...Array.from({ length: 40 }, (_, i) => last - (39 - i) * day), ...Array.from({ length: 20 }, (_, i) => last - ((i * 37) % 700) * day), null];

  it.each([USUAL_RUN_DISTANCE_M, 5_000, 21_097.5, 42_195])('at %d m: every answer is the full scan’s, to the bit', (distanceM) => {
    let compared = 0;
    for (const [n, referenceMs] of references.entries()) {
      for (const ownId of [null, `h${n}-0`, 'shared-id']) {
        const want = fullScan(history, 'run', referenceMs, ownId, distanceM);
        expect(paceBaseline(history, 'run', referenceMs, ownId, distanceM)).toEqual(want);
        if (want !== null) compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('the same for another sport family, and for a history edited in place (an activity added)', () => {
    const edited = history.slice();
    for (const referenceMs of references) expect(paceBaseline(edited, 'ride', referenceMs, null, 30_000)).toEqual(fullScan(edited, 'ride', referenceMs, null, 30_000));
    edited.push({ source: 'strava', id: 'late', sport: 'run', movingS: 2400, distanceM: 10_000, startTime: '2026-11-19T07:00:00' });
    expect(paceBaseline(edited, 'run', last, null, USUAL_RUN_DISTANCE_M)).toEqual(fullScan(edited, 'run', last, null, USUAL_RUN_DISTANCE_M));
  });
});

describe('the pace at each run’s own distance, asked as the 8-week view asks', () => {
  it('run after run in start order, each at its own distance and start, some sharing an id with an earlier run: every answer is the full scan’s', () => {
    const history = mixedHistory();
    const last = Date.parse('2026-11-20T12:00:00Z');
    const runs = history.filter((a) => {
      const start = wallClockMs(a.startTime);
      return start !== null && start > last - 56 * 86_400_000 && a.sport === 'run';
    });
    expect(runs.length).toBeGreaterThan(50);
    for (const run of runs) {
      const referenceMs = wallClockMs(run.startTime);
      const distanceM = run.distanceM ?? 0;
      const ownId = run.id ?? null;
      expect([run.id, paceBaseline(history, 'run', referenceMs, ownId, distanceM)]).toEqual([run.id, fullScan(history, 'run', referenceMs, ownId, distanceM)]);
    }
  });
});

describe('medianInPlace', () => {
  it('is the middle value of a sort, or the mean of the two middle ones, for any order and any repeats', () => {
    let state = 7;
    const random = () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    for (let n = 2; n < 400; n += 7) {
      const values = Array.from({ length: n }, () => (random() < 0.2 ? 3 : Math.round(random() * 1000) / 100));
      const sorted = [...values].sort((a, b) => a - b);
      const mid = n >> 1;
      expect(medianInPlace(Float64Array.from(values), n)).toBe(n % 2 ? sorted[mid] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
    }
  });
});

describe('the pace at a run’s own distance, carrying only the sessions near the middle', () => {
  // Sessions whose speeds all carry to (nearly) the same pace: their order by key and by carried
  // speed differ only in the last bits, so a shortcut that trusted the keys alone would pick the
  // wrong session.
  const start = Date.parse('2026-10-01T07:00:00Z');
  const tied = (count: number): Activity[] =>
    Array.from({ length: count }, (_, i) => {
      const distanceM = 6_000 + i * 97.31 + (i % 7) * 0.013;
      return { source: 'strava', id: `t${i}`, sport: 'run', distanceM, movingS: distanceM ** RIEGEL_EXPONENT / 1.9, startTime: new Date(start + i * 3_600_000).toISOString().slice(0, 19) };
    });

  it.each([40, 41, 2, 3])('with %d sessions carried to nearly one pace, the median is the full scan’s, to the bit', (count) => {
    const history = tied(count);
    const referenceMs = start + 20 * 86_400_000;
    let compared = 0;
    for (const distanceM of [9_000, 12_345.6, 15_000.25]) {
      const want = fullScan(history, 'run', referenceMs, null, distanceM);
      expect(want).not.toBeNull();
      expect(paceBaseline(history, 'run', referenceMs, null, distanceM)).toEqual(want);
      compared++;
    }
    expect(compared).toBe(3);
  });

  it('whatever the session speeds, over many windows of a generated history', () => {
    const history = generateHistory({ days: 400, count: 2000, end: new Date('2026-11-20T07:00:00Z') });
    const last = Date.parse('2026-11-20T12:00:00Z');
    for (let n = 0; n < 120; n++) {
      const referenceMs = last - ((n * 53) % 380) * 86_400_000;
      const distanceM = 3_000 + ((n * 7919) % 40_000) + n / 7;
      expect(paceBaseline(history, 'run', referenceMs, null, distanceM)).toEqual(fullScan(history, 'run', referenceMs, null, distanceM));
    }
  });
});
