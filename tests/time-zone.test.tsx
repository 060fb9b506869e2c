/**
 * Issue 13.5: the same history gives the same windows, weeks and dates on a machine in any zone.
 * Node re-reads process.env.TZ when it is assigned, so one run visits every zone; the pinned zone
 * (vitest.config.ts, TEST_TZ) is restored afterwards.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { historyView } from '../src/background/history';
import type { Activity } from '../src/core/activity';
import { analyze } from '../src/core/index';
import type { Profile } from '../src/core/profile';
import { HistoryChart } from '../src/popup/HistoryView';

const PINNED = process.env.TZ;
afterEach(() => {
  process.env.TZ = PINNED;
});

/** Zones with their offset on 1 Jan 2026 in minutes (getTimezoneOffset sign: UTC − local). */
const ZONES: [string, number][] = [
  ['UTC', 0],
  ['Pacific/Honolulu', 600],
  ['Pacific/Kiritimati', -840],
  ['America/Los_Angeles', 480],
  ['Asia/Kathmandu', -345],
];

function inEachZone<T>(compute: () => T): Map<string, T> {
  const results = new Map<string, T>();
  for (const [zone, offsetMin] of ZONES) {
    process.env.TZ = zone;
    // Proof that the zone really changed, so equal answers below are not a no-op.
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offsetMin);
    results.set(zone, compute());
  }
  return results;
}

const now = new Date('2026-11-25T12:00:00Z');
const PROFILE: Profile = { units: 'metric' };
// Read from a page: local wall clock, no offset.
const today: Activity = { source: 'strava', id: 'today', sport: 'run', movingS: 5800, distanceM: 16_000, startTime: '2026-11-20T08:00:00' };
// From Strava's training log, with offsets: the 15 km run started 30 days minus one hour (wall clock) before today's.
const history: Activity[] = [
  { source: 'strava', id: 'long', sport: 'run', movingS: 5400, distanceM: 15_000, startTime: '2026-10-21T09:00:00+01:00' },
  ...[1, 3, 5, 8, 12].map((d) => ({ source: 'strava', id: `easy${d}`, sport: 'run' as const, movingS: 2900, distanceM: 8000, startTime: `2026-11-${String(20 - d).padStart(2, '0')}T07:30:00+01:00` })),
  { source: 'garmin', id: 'late', sport: 'run', movingS: 2000, distanceM: 6000, startTime: '2026-11-23T23:30:00' },
  { source: 'garmin', id: 'dateonly', sport: 'run', movingS: 2000, distanceM: 5000, startTime: '2026-11-16' },
];

describe('time-zone proof', () => {
  it('the unit tests run in the pinned zone (UTC unless TEST_TZ says otherwise)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TEST_TZ ?? 'UTC');
  });

  it('the 30-day window counts the same runs in every zone', () => {
    const answers = inEachZone(() => analyze(today, PROFILE, history, now));
    // The 15 km run is inside the window (by the wall clock), so 16 km is no distance spike.
    expect(answers.get('UTC')?.findings.map((f) => f.id)).not.toContain('distance-spike');
    for (const answer of answers.values()) expect(answer).toEqual(answers.get('UTC'));
  });

  it('the 8-week view puts every run in the same week, in the same order, in every zone', () => {
    const views = inEachZone(() => historyView([today, ...history], PROFILE, now));
    const last = views.get('UTC')?.weeks.at(-1);
    expect(last?.weekStart).toBe('2026-11-23');
    expect(last?.runs.map((r) => r.id)).toEqual(['late']);
    expect(views.get('UTC')?.weeks.at(-2)?.runs.map((r) => r.id)).toEqual(['dateonly', 'easy3', 'easy1', 'today']);
    for (const view of views.values()) expect(view).toEqual(views.get('UTC'));
  });

  it('the popup shows each run on the date the runner ran it, in every zone (failed under America/Los_Angeles)', () => {
    const view = historyView([today, ...history], PROFILE, now);
    const titles = inEachZone(() => {
      const root = document.createElement('div');
      act(() => render(<HistoryChart history={view} units="metric" locale="en" />, root));
      const runs = [...root.querySelectorAll('.hv-run > title')].map((t) => t.textContent);
      act(() => render(null, root));
      return runs;
    });
    const utc = titles.get('UTC') ?? [];
    // Written with +01:00, late in the evening, and as a date only: each on its own calendar day.
    expect(utc.filter((t) => /^(Oct 21: 15 km|Nov 16: 5 km|Nov 19: 8 km|Nov 20: 16 km|Nov 23: 6 km)/.test(t ?? ''))).toHaveLength(5);
    for (const t of titles.values()) expect(t).toEqual(titles.get('UTC'));
  });
});
