import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Balance } from '../../src/core/analysis';
import { analyze } from '../../src/core/index';
import { BalanceChart } from '../../src/ui/BalanceChart';
import { profile, run } from '../core/helpers';

let root: HTMLElement;
afterEach(() => root.remove());

function show(balance: Balance) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<BalanceChart balance={balance} units="metric" locale="en" />, root));
}
const balance = (took: { fluid: number | null; sodium: number | null }): Balance => ({
  basis: 'estimated',
  fluid: { lostMl: { value: 1600, low: 1100, high: 2100 }, tookMl: took.fluid },
  sodium: { lostMg: { value: 1200, low: 700, high: 2000 }, tookMg: took.sodium },
  carbs: { tookG: null, advisedGPerH: 30 },
});
const width = (sel: string) => Number(root.querySelector(sel)?.getAttribute('width'));

describe('BalanceChart: lost against taken', () => {
  it('nothing logged: no chart', () => {
    show(balance({ fluid: null, sodium: null }));
    expect(root.querySelector('svg')).toBeNull();
  });

  it('draws the range as a band and what was taken as a bar, on one scale per row', () => {
    show(balance({ fluid: 500, sodium: 300 }));
    const band = width('[data-row="fluid"] .cc-gap-band');
    const took = width('[data-row="fluid"] .cc-gap-took');
    // Band 1,000 mL wide, bar 500 mL: half as long.
    expect(took / band).toBeCloseTo(0.5, 2);
    expect(width('[data-row="sodium"] .cc-gap-took') / width('[data-row="sodium"] .cc-gap-band')).toBeCloseTo(300 / 1300, 2);
  });

  it('says it in words: the picture is hidden from screen readers, the caption is not', () => {
    show(balance({ fluid: 500, sodium: null }));
    expect(root.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('figcaption')?.textContent).toContain('Fluid: lost about 1.6 L (1.1 L–2.1 L), took 500 mL.');
    expect(root.querySelector('[data-row="sodium"]')).toBeNull();
  });

  it('from the engine: a weighed run shows the scale\'s error as the band', () => {
    const a = analyze(run({ movingS: 7200, distanceM: 20_000, intake: { fluidMl: 500, massBeforeKg: 70, massAfterKg: 68.8 } }), profile());
    show(a.balance);
    expect(root.querySelector('figure')?.getAttribute('data-basis')).toBe('weighed');
    expect(root.textContent).toContain('Lost on your scale (band: its error)');
    expect(root.textContent).toContain('Fluid: lost about 1.7 L (1.6 L–1.9 L), took 500 mL.');
  });

  it('coloured from the scheme\'s own variables, defined for light and dark', () => {
    const css = ['pieces.css', 'panel.css'].map((file) => readFileSync(resolve(__dirname, '../../src/ui', file), 'utf8')).join('\n');
    expect(css).toMatch(/\.cc-gap-took \{ fill: var\(--cc-info\); \}/);
    const dark = css.slice(css.indexOf('.cc-panel.cc-dark {'));
    expect(dark).toMatch(/--cc-info:/);
    expect(css).toMatch(/\.cc-gap-band \{ fill: currentColor;/);
  });
});
