// The panel's header carries two signals, cramp risk and heat (or cold) danger, each in its own
// colour with its name; the headline leads with the most serious of them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type HeatFlag, HeatFlagSchema } from '../../src/core/analysis';

const HEAT_FLAGS = HeatFlagSchema.options;
import { Panel } from '../../src/ui/Panel';
import { sampleAnalysis } from './analysis-sample';

let root: HTMLElement;
afterEach(() => root.remove());

function show(heatFlag: HeatFlag | undefined, level: 'low' | 'moderate' | 'high' = 'low') {
  root = document.createElement('div');
  document.body.append(root);
  const base = sampleAnalysis();
  const analysis = sampleAnalysis({ estimates: { ...base.estimates, heatFlag }, crampRisk: { level, contributors: ['Fluid lost in sweat'] } });
  act(() =>
    render(<Panel state="ready" analysis={analysis} pending={false} error={null} missingFields={[]} units="metric" locale="en" collapsed={false} onToggle={vi.fn()} onManualEntry={vi.fn()} onManualInvalid={vi.fn()} onOpenOptions={vi.fn()} />, root),
  );
}

const header = () => root.querySelector('.cc-header');

describe('one clear signal', () => {
  it('never shows a black flag under a "low" badge alone: the header names the heat danger beside the cramp risk', () => {
    show('black');
    expect(header()?.querySelector('.cc-risk')?.textContent).toBe('Low cramp risk');
    const danger = header()?.querySelector('.cc-danger');
    expect(danger?.textContent).toBe('Heat: black flag');
    expect(danger?.classList.contains('cc-flag-black')).toBe(true);
  });

  it('names cold as cold', () => {
    show('white');
    expect(header()?.querySelector('.cc-danger')?.textContent).toBe('Cold: white flag');
  });

  it('shows one signal where the heat is unknown', () => {
    show(undefined);
    expect(header()?.querySelector('.cc-danger')).toBeNull();
    expect(header()?.querySelector('.cc-risk')).not.toBeNull();
  });

  it.each(['red', 'black'] as const)('leads the headline with a %s flag, before the cramp contributors', (flag) => {
    show(flag);
    const text = root.querySelector('.cc-headline')?.textContent ?? '';
    expect(text).toMatch(new RegExp(`^Most serious: (high|extreme) heat stress \\(${flag} flag\\)\\. May have contributed: fluid lost in sweat$`));
  });

  it('leads with the cramp contributors when the heat is no danger', () => {
    show('yellow', 'high');
    expect(root.querySelector('.cc-headline')?.textContent).toBe('May have contributed: fluid lost in sweat');
  });

  it('gives the flag chip beside the WBGT its colour class and its name', () => {
    show('red');
    const chip = root.querySelector('.cc-estimates .cc-flag');
    expect(chip?.classList.contains('cc-flag-red')).toBe(true);
    expect(chip?.textContent).toBe('red');
  });

  it('gives every flag its own background colour (pieces.css, shared by the panel and the popup)', () => {
    const css = readFileSync(resolve(__dirname, '../../src/ui/pieces.css'), 'utf8');
    const colours = HEAT_FLAGS.map((flag) => new RegExp(`\\.cc-flag-${flag} \\{[^}]*background: (#[0-9a-f]{6})`).exec(css)?.[1]);
    expect(colours.every((c) => c !== undefined)).toBe(true);
    expect(new Set(colours).size).toBe(HEAT_FLAGS.length);
  });
});
