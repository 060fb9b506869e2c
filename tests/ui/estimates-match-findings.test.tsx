import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { analyze } from '../../src/core/index';
import { Panel } from '../../src/ui/Panel';
import { profile, run } from '../core/helpers';

let root: HTMLElement;
afterEach(() => root.remove());

/** The numbers in "about 3,550 mg (1,500 mg–7,700 mg)", in order. */
const milligrams = (s: string) => [...s.matchAll(/([\d,]+) mg/g)].map((m) => Number((m[1] ?? '').replaceAll(',', '')));

// A runner reads the sodium loss twice, in the losses line and in the sodium finding: it must be
// the same number (the engine keeps 10 mg, the finding speaks in 50 mg steps; the panel showed
// "3,530 mg" above "about 3,550 mg").
it('the losses line shows the same sodium loss, low and high as the sodium finding', () => {
  for (const movingS of [2.1 * 3600, 3.3 * 3600, 5 * 3600 + 39 * 60]) {
    const analysis = analyze(run({ movingS, distanceM: (movingS / 3600) * 10_000, temperatureC: 24, humidityPct: 60 }), profile({ bodyMassKg: 70 }));
    const finding = analysis.findings.find((f) => f.id === 'sodium-deficit');
    expect(finding, 'the case must produce a sodium finding').toBeDefined();
    root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <Panel state="ready" analysis={analysis} pending={false} error={null} missingFields={[]} units="metric" locale="en" collapsed={false} onToggle={() => undefined} onManualEntry={() => undefined} onManualInvalid={() => undefined} onOpenOptions={() => undefined} />,
        root,
      ),
    );
    const losses = [...root.querySelectorAll('.cc-estimates dd')].map((dd) => dd.textContent ?? '').find((t) => t.includes('mg')) ?? '';
    expect(milligrams(losses)).toEqual(milligrams(finding?.contributed ?? '').slice(0, 3));
    root.remove();
  }
  root = document.createElement('div');
});
