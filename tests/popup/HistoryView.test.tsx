import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryView as History } from '../../src/platform/messages';
import { HistoryChart, HistoryView, viewSpan } from '../../src/popup/HistoryView';
import { fakeBrowser } from '../setup/fake-browser';

let root: HTMLElement;
afterEach(() => root?.remove());

function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
}

const mondays = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'];
const history: History = {
  weeks: mondays.map((weekStart, i) => ({ weekStart, distanceM: i * 5000, runs: [] })),
};
const withRuns: History = {
  weeks: history.weeks.map((w, i) =>
    i === 6
      ? {
          ...w,
          distanceM: 30_000,
          runs: [
            { id: 'a', startTime: '2026-11-17T07:00:00Z', distanceM: 10_000, risk: 'low' },
            { id: 'b', startTime: '2026-11-19T07:00:00Z', distanceM: 20_000, risk: 'high', cramped: true },
          ],
        }
      : i === 7
        ? { ...w, distanceM: 8000, runs: [{ startTime: '2026-11-24T07:00:00Z', distanceM: 8000, risk: 'moderate', cramped: false }] }
        : w,
  ),
};

const titles = (selector: string) => [...root.querySelectorAll(`${selector} > title`)].map((t) => t.textContent ?? '');

describe('history view', () => {
  it('draws 8 weekly bars, each described for screen readers', () => {
    mount(<HistoryChart history={withRuns} units="metric" locale="en" />);
    expect(root.querySelectorAll('.hv-bar')).toHaveLength(8);
    const weeks = titles('.hv-weekbar');
    expect(weeks).toHaveLength(8);
    expect(weeks[6]).toBe('Week of Nov 16: 30 km, 2 runs');
    expect(weeks[7]).toBe('Week of Nov 23: 8 km, 1 run');
    expect(root.querySelector('.hv-weekbar')?.getAttribute('aria-label')).toBe('Week of Oct 5: 0 km, 0 runs');
    // Taller bar for the longer week; dates under the bars.
    const heights = [...root.querySelectorAll('.hv-bar')].map((b) => Number(b.getAttribute('height')));
    expect(heights[6]).toBeGreaterThan(heights[5] ?? Number.POSITIVE_INFINITY);
    expect([...root.querySelectorAll('.hv-date')].map((d) => d.textContent)[0]).toBe('Oct 5');
  });

  it('marks each run with its risk (shape, colour and title) and ringed when cramps were logged', () => {
    mount(<HistoryChart history={withRuns} units="metric" locale="en" />);
    const runs = [...root.querySelectorAll('.hv-run')];
    expect(runs.map((r) => r.getAttribute('data-risk'))).toEqual(['low', 'high', 'moderate']);
    expect(runs[0]?.querySelector('circle')).toBeTruthy();
    expect(runs[1]?.querySelector('path')).toBeTruthy();
    expect(runs[2]?.querySelector('rect')).toBeTruthy();
    const runTitles = titles('.hv-run');
    expect(runTitles[0]).toBe('Nov 17: 10 km, Low cramp risk');
    expect(runTitles[1]).toBe('Nov 19: 20 km, High cramp risk, cramps logged');
    expect(runTitles[2]).toContain('Moderate cramp risk');
    expect(root.querySelectorAll('.hv-run .hv-cramp')).toHaveLength(1);
    expect(runs[1]?.querySelector('.hv-cramp')).toBeTruthy();
    expect(root.querySelector('.history-legend')?.textContent).toBe('Low cramp riskModerate cramp riskHigh cramp riskCramps logged');
  });

  it('uses miles for an imperial profile', () => {
    mount(<HistoryChart history={withRuns} units="imperial" locale="en" />);
    expect(titles('.hv-weekbar')[6]).toBe('Week of Nov 16: 18.6 mi, 2 runs');
  });

  it('says when no runs are stored', () => {
    mount(<HistoryChart history={history} units="metric" locale="en" />);
    expect(root.textContent).toBe('No runs stored yet');
    expect(root.querySelector('svg')).toBeNull();
    root.remove();
    mount(<HistoryChart history={{ weeks: [] }} units="metric" locale="en" />);
    expect(root.textContent).toBe('No runs stored yet');
  });

  it('fetches the history view from the background', async () => {
    fakeBrowser().runtime.onMessage.addListener((message: unknown) =>
      (message as { type: string }).type === 'get-history-view' ? Promise.resolve({ ok: true, data: withRuns }) : undefined,
    );
    mount(<HistoryView units="metric" locale="en" today={new Date(2026, 10, 25, 9)} />);
    await vi.waitFor(() => expect(root.querySelectorAll('.hv-bar')).toHaveLength(8));
    expect(root.querySelector('h2')?.textContent?.replace(/\s/g, ' ')).toBe('Last 8 weeks · Oct 5 – Nov 25, 2026');
  });
});

describe('the span of the last 8 weeks', () => {
  it('ends today, with the year', () => {
    expect(viewSpan(history, new Date(2026, 11, 6, 9), 'en-GB')?.replace(/\s/g, ' ')).toBe('5 Oct – 6 Dec 2026');
  });

  it('names both years when it spans a new year', () => {
    const winter: History = { weeks: [{ weekStart: '2025-12-22', distanceM: 0, runs: [] }] };
    expect(viewSpan(winter, new Date(2026, 1, 10, 9), 'en-GB')?.replace(/\s/g, ' ')).toBe('22 Dec 2025 – 10 Feb 2026');
  });
});
