// Under imperial units the whole panel, every expander open, speaks fl oz, lb, ℉ and mi: no value of
// the panel (findings, estimates, plan, chart caption, the why and its disclaimer) is left in metric.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Activity } from '../../src/core/activity';
import { analyze } from '../../src/core/analyze';
import type { Units } from '../../src/core/units';
import { Panel } from '../../src/ui/Panel';

let root: HTMLElement;
afterEach(() => root.remove());

const NOW = new Date('2026-12-06T12:00:00Z');
const HOT_RUN: Activity = { source: 'strava', sport: 'run', movingS: 53 * 60, distanceM: 10_000, temperatureC: 32, humidityPct: 60 };
const SESSIONS: [string, Activity][] = [
  ['a hot 10 km', HOT_RUN],
  ['a hilly 36 km long run', { source: 'strava', sport: 'run', movingS: 3.5 * 3600, distanceM: 36_000, temperatureC: 28, humidityPct: 50, elevationGainM: 600 }],
  ['a 7-minute walk', { source: 'strava', sport: 'walk', movingS: 430, distanceM: 407.5, elevationGainM: 0 }],
  ['a run without weather', { source: 'strava', sport: 'run', movingS: 3600, distanceM: 11_000 }],
];
const METRIC_VALUE = /\d\s*(mL|L\/h|L|kg|°C|cm|km)\b/;

function panelText(activity: Activity, units: Units): string {
  root = document.createElement('div');
  document.body.append(root);
  const analysis = analyze(activity, { units, bodyMassKg: 80 }, [], NOW);
  act(() =>
    render(
      <Panel state="ready" analysis={analysis} pending={false} error={null} missingFields={[]} units={units} locale="en" collapsed={false} onToggle={vi.fn()} onManualEntry={vi.fn()} onManualInvalid={vi.fn()} onOpenOptions={vi.fn()} onLogCramp={vi.fn()} />,
      root,
    ),
  );
  for (const details of Array.from(root.querySelectorAll('details'))) details.open = true;
  return root.textContent ?? '';
}

describe('the panel under imperial units', () => {
  it.each(SESSIONS)('%s: no value in metric units anywhere, the why included', (_, activity) => {
    const text = panelText(activity, 'imperial');
    expect(text.match(METRIC_VALUE)?.[0] ?? null).toBeNull();
    expect(text).toContain('sweat estimates carry about ±10 fl oz/h of error');
  });

  it('says the same uncertainty in L/h under metric', () => {
    expect(panelText(HOT_RUN, 'metric')).toContain('sweat estimates carry about ±0.3 L/h of error');
  });
});
