import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { type SweatCurveData, SweatCurveChart } from '../../src/options/SweatCurveChart';

let root: HTMLElement;
afterEach(() => root?.remove());

function mount(curve: SweatCurveData, units: 'metric' | 'imperial' = 'metric') {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<SweatCurveChart curve={curve} units={units} />, root));
}

const points = [
  { temperatureC: 10, sweatRateLph: 0.8, date: '2026-04-01' },
  { temperatureC: 20, sweatRateLph: 1.1, date: '2026-06-01' },
  { temperatureC: 30, sweatRateLph: 1.4, date: '2026-08-01' },
];
const fit = { slopeLphPerC: 0.03, interceptLph: 0.5, residualLph: 0.1, fromC: 10, toC: 30 };
const num = (el: Element | null, name: string) => Number(el?.getAttribute(name));

describe('sweat curve chart', () => {
  it('plots each test as a point, described by its date, rate and temperature', () => {
    mount({ points, fit });
    const circles = [...root.querySelectorAll('.sc-point')];
    expect(circles).toHaveLength(3);
    expect(circles.map((c) => c.querySelector('title')?.textContent)).toEqual([
      '2026-04-01: 0.8 L/h at 10 °C',
      '2026-06-01: 1.1 L/h at 20 °C',
      '2026-08-01: 1.4 L/h at 30 °C',
    ]);
    // Hotter is further right, and a higher rate is higher up (smaller y).
    expect(num(circles[2] ?? null, 'cx')).toBeGreaterThan(num(circles[0] ?? null, 'cx'));
    expect(num(circles[2] ?? null, 'cy')).toBeLessThan(num(circles[0] ?? null, 'cy'));
  });

  it('draws the fitted line across its range, through the points, with its ± residual band', () => {
    mount({ points, fit });
    const line = root.querySelector('.sc-line');
    const [first, , last] = [...root.querySelectorAll('.sc-point')];
    // The fit passes exactly through these points: the line starts at the first and ends at the last.
    expect(num(line, 'x1')).toBeCloseTo(num(first ?? null, 'cx'));
    expect(num(line, 'y1')).toBeCloseTo(num(first ?? null, 'cy'));
    expect(num(line, 'x2')).toBeCloseTo(num(last ?? null, 'cx'));
    expect(num(line, 'y2')).toBeCloseTo(num(last ?? null, 'cy'));
    const band = (root.querySelector('.sc-band')?.getAttribute('points') ?? '').split(' ').map((p) => p.split(',').map(Number));
    expect(band).toHaveLength(4);
    expect(band[0]?.[1]).toBeLessThan(num(line, 'y1'));
    expect(band[3]?.[1]).toBeGreaterThan(num(line, 'y1'));
    expect(root.querySelector('.sc-fit title')?.textContent).toBe('Fitted line: 0.8 L/h at 10 °C to 1.4 L/h at 30 °C, ± 0.1 L/h');
    expect(root.textContent).toContain('Your weigh-in tests: sweat rate rises about 0.3 L/h per 10 °C');
    expect(root.textContent).toContain('Temperature (°C)');
    expect(root.textContent).toContain('Sweat rate (L/h)');
    expect(root.querySelector('.sweat-curve-too-few')).toBeNull();
  });

  it('speaks °F and fl oz/h everywhere for an imperial profile: points, line, axes and summary', () => {
    mount({ points, fit }, 'imperial');
    // 0.8 L/h is 27 US fl oz/h; 0.03 L/h per °C is 5.64 fl oz/h per 10 °F.
    expect(root.querySelector('.sc-point title')?.textContent).toBe('2026-04-01: 27 fl oz/h at 50 °F');
    expect(root.textContent).toContain('rises about 5.64 fl oz/h per 10 °F');
    expect(root.textContent).toContain('Sweat rate (fl oz/h)');
    const said = [root.textContent, ...[...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))].join(' ');
    expect(said).not.toMatch(/L\/h|°C/);
  });

  it('explains what is needed with fewer than 2 tests at different temperatures', () => {
    mount({ points: [points[0] ?? points[1]].filter((p) => p !== undefined), fit: null });
    expect(root.querySelector('.sweat-curve-too-few')?.textContent).toBe(
      'Save weigh-in tests at 2 or more different temperatures to see how your sweat rate changes with heat.',
    );
    expect(root.querySelectorAll('.sc-point')).toHaveLength(1);
    expect(root.querySelector('.sc-line')).toBeNull();
    root.remove();
    mount({ points: [], fit: null });
    expect(root.querySelector('.sweat-curve-too-few')).toBeTruthy();
    expect(root.querySelector('svg')).toBeNull();
  });
});
