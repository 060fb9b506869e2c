import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { listen } from '../../src/platform/messaging';
import { Planner, paceMinutes } from '../../src/popup/Planner';

let root: HTMLElement;
afterEach(() => root?.remove());

function field(label: RegExp): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].find((l) => label.test(l.textContent ?? ''));
  const input = found?.querySelector('input');
  if (!input) throw new Error(`no field ${label}`);
  return input;
}

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('planner', () => {
  it.each([
    ['5:30', 5.5],
    ['5.5', 5.5],
    ['5,25', 5.25],
    ['12', 12],
    ['abc', null],
    ['5:75', null],
    ['0', null],
  ])('reads the pace %s as %s min', (text, minutes) => {
    expect(paceMinutes(text)).toBe(minutes);
  });

  it('plans from distance and pace when no duration is given', async () => {
    listen(createHandlers());
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Planner units="metric" locale="en" />, root));
    type(field(/^Duration/), '');
    type(field(/^Distance/), '21.1');
    type(field(/^Pace/), '5:00');
    type(field(/^Temperature/), '24');
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await vi.waitFor(() => expect(root.querySelector('[data-testid="plan-card"]')?.textContent).toContain('Cramp Check plan: 106 min, 24 °C'));
    expect(root.querySelector('.summary .facts')?.textContent).toBe('1 h 46 min · 21.1 km');
  });

  it('asks for a duration or a distance and a pace', async () => {
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Planner units="metric" locale="en" />, root));
    type(field(/^Duration/), '');
    type(field(/^Pace/), '5:00');
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Duration: enter minutes (1 to 1440), or a distance and a pace.');
  });
});
