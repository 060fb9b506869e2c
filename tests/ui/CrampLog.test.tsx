import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CrampLog as Log } from '../../src/core/activity';
import { CrampLog, loggedText } from '../../src/ui/CrampLog';

let root: HTMLElement;
afterEach(() => root.remove());

function show(log?: Log, minutes = { min: 0, max: 120 }) {
  root = document.createElement('div');
  document.body.append(root);
  const onLog = vi.fn();
  act(() => render(<CrampLog log={log} minutes={minutes} onLog={onLog} />, root));
  return onLog;
}

const button = (name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}" in: ${root.textContent}`);
  return found;
};
const click = (name: string) => act(() => button(name).click());
const submit = () => act(() => void root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true })));
const tick = (muscle: string) => {
  const box = root.querySelector<HTMLInputElement>(`input[name="muscle"][value="${muscle}"]`);
  if (!box) throw new Error(`no ${muscle} checkbox`);
  box.checked = true;
};

describe('CrampLog', () => {
  it('logs "No cramps" with one click', () => {
    const onLog = show();
    expect(root.textContent).toContain('Did you cramp on this run?');
    click('No cramps');
    expect(onLog).toHaveBeenCalledWith({ cramped: false });
  });

  it('"I cramped" opens a labelled form; Save sends the minute and the ticked muscles', () => {
    const onLog = show();
    expect(root.querySelector('form')).toBeNull();
    click('I cramped on this run');
    expect(button('I cramped on this run').getAttribute('aria-expanded')).toBe('true');
    const minute = root.querySelector<HTMLInputElement>('input[name="atMin"]');
    expect(minute?.closest('label')?.textContent).toContain('minute into the run');
    expect(root.querySelector('form legend')?.textContent).toBe('Which muscles');
    expect([...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((b) => b.closest('label')?.textContent?.trim())).toEqual([
      'calves',
      'hamstrings',
      'quads',
      'feet',
      'other',
    ]);
    if (minute) minute.value = '75';
    tick('calves');
    tick('feet');
    submit();
    expect(onLog).toHaveBeenCalledWith({ cramped: true, atMin: 75, muscles: ['calves', 'feet'] });
  });

  it('leaves the minute and muscles out when not given, and refuses a minute that is not a number', () => {
    const onLog = show();
    click('I cramped on this run');
    submit();
    expect(onLog).toHaveBeenLastCalledWith({ cramped: true });
    // Saved: the form closes until the panel repaints with the stored log.
    expect(root.querySelector('form')).toBeNull();
    click('I cramped on this run');
    const minute = root.querySelector<HTMLInputElement>('input[name="atMin"]');
    if (minute) minute.value = '-5';
    submit();
    expect(onLog).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe("Enter the minute from 0 to 120 (this run's length), or leave it empty.");
  });

  it('refuses a minute beyond the run, quoting its range, and keeps what was typed', () => {
    const onLog = show(undefined, { min: 0, max: 53 });
    click('I cramped on this run');
    const minute = root.querySelector<HTMLInputElement>('input[name="atMin"]');
    expect(minute?.max).toBe('53');
    if (minute) minute.value = '70';
    submit();
    expect(onLog).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe("Enter the minute from 0 to 53 (this run's length), or leave it empty.");
    expect(root.querySelector<HTMLInputElement>('input[name="atMin"]')?.value).toBe('70');
    if (minute) minute.value = '53';
    submit();
    expect(onLog).toHaveBeenCalledWith({ cramped: true, atMin: 53 });
  });

  it('shows an existing log with "Change", which offers the choices again', () => {
    const onLog = show({ cramped: true, atMin: 75, muscles: ['calves'] });
    expect(root.textContent).toContain('You logged cramps at 75 min (calves)');
    expect(root.querySelector('form')).toBeNull();
    click('Change');
    click('No cramps');
    expect(onLog).toHaveBeenCalledWith({ cramped: false });
  });

  it('words every kind of log', () => {
    show({ cramped: false });
    expect(root.textContent).toContain('You logged no cramps');
    expect(loggedText({ cramped: true })).toBe('You logged cramps');
    expect(loggedText({ cramped: true, muscles: ['hamstrings', 'quads'] })).toBe('You logged cramps (hamstrings, quads)');
  });
});

describe('what to do when it hits (issue 11.8)', () => {
  it('shows the stretch for each logged muscle, then easy walking', () => {
    show({ cramped: true, atMin: 70, muscles: ['calves', 'hamstrings', 'quads', 'feet', 'other'] });
    expect([...root.querySelectorAll('[data-stretch]')].map((li) => li.getAttribute('data-stretch'))).toEqual([
      'stretchCalves',
      'stretchHamstrings',
      'stretchQuads',
      'stretchFeet',
    ]);
    expect(root.textContent).toContain('pull your toes towards your shin');
    expect(root.textContent).toContain('raise the straight leg, a towel around the foot');
    expect(root.textContent).toContain('pull your ankle towards your buttock');
    expect(root.textContent).toContain('walk easily for a few minutes');
  });

  it('only for the muscles logged, and none without a cramp or a known muscle', () => {
    show({ cramped: true, muscles: ['quads'] });
    expect([...root.querySelectorAll('[data-stretch]')].map((li) => li.getAttribute('data-stretch'))).toEqual(['stretchQuads']);
    root.remove();
    show({ cramped: false });
    expect(root.querySelector('.cc-stretches')).toBeNull();
    root.remove();
    show({ cramped: true, muscles: ['other', 'constructor'] });
    expect(root.querySelector('.cc-stretches')).toBeNull();
  });
});
