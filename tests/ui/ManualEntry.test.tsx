import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addManualEntry, loadManualEntry } from '../../src/platform/manual-entries';
import { ManualEntry } from '../../src/ui/ManualEntry';

let root: HTMLElement;
afterEach(() => root.remove());

function mount(units: 'metric' | 'imperial', elapsedS?: number) {
  root = document.createElement('div');
  document.body.append(root);
  const onSubmit = vi.fn();
  const onInvalid = vi.fn();
  const draw = (error: string | null) =>
    act(() => {
      render(<ManualEntry fields={['movingS', 'distanceM', 'temperatureC']} units={units} elapsedS={elapsedS} error={error} onSubmit={onSubmit} onInvalid={onInvalid} />, root);
    });
  draw(null);
  return { onSubmit, onInvalid, draw };
}

function type(index: number, value: string) {
  const input = root.querySelectorAll('input')[index] as HTMLInputElement;
  input.value = value;
}

const submit = () =>
  act(() => {
    root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
  });

describe('ManualEntry', () => {
  it('converts imperial entries to SI', () => {
    const { onSubmit } = mount('imperial');
    type(0, '50');
    type(1, '6.2');
    type(2, '86');
    submit();
    expect(onSubmit).toHaveBeenCalledOnce();
    const draft = onSubmit.mock.calls[0]?.[0];
    expect(draft.movingS).toBe(3000);
    expect(draft.distanceM).toBeCloseTo(9977.9, 1);
    expect(draft.temperatureC).toBe(30);
  });

  it('refuses a moving time longer than the elapsed time the page showed, quoting the range', () => {
    const { onSubmit, onInvalid } = mount('metric', 53 * 60);
    type(0, '70');
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalledWith('Moving time (minutes) should be between 0.1 and 53.');
    type(0, '50');
    submit();
    expect(onSubmit).toHaveBeenCalledWith({ movingS: 3000 });
  });

  it('refuses an impossible temperature, says why and keeps what was typed', () => {
    const { onSubmit, onInvalid, draw } = mount('metric');
    type(0, '45');
    type(2, '80');
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalledWith('Temperature (°C) should be between -40 and 55.');
    draw('Temperature (°C) should be between -40 and 55.');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Temperature (°C) should be between -40 and 55.');
    expect((root.querySelectorAll('input')[0] as HTMLInputElement).value).toBe('45');
    expect((root.querySelectorAll('input')[2] as HTMLInputElement).value).toBe('80');
  });

  it('says when a value is not a number', () => {
    const { onInvalid } = mount('metric');
    type(1, '12 km');
    submit();
    expect(onInvalid).toHaveBeenCalledWith('Distance (km): "12 km" doesn\'t look right.');
  });

  it('asks for at least one value', () => {
    const { onInvalid } = mount('metric');
    submit();
    expect(onInvalid).toHaveBeenCalledWith('Enter at least one value.');
  });

  it('accepts a decimal comma', () => {
    const { onSubmit } = mount('metric');
    type(1, '21,1');
    submit();
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ distanceM: 21100 });
  });
});

describe('ManualEntry uses the limits storage keeps (issue 12.9)', () => {
  it('refuses a 700 mi run with the range, instead of storing what a reload would drop', () => {
    const { onSubmit, onInvalid } = mount('imperial');
    type(1, '700');
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalledWith('Distance (mi) should be between 0.01 and 621.37.');
  });

  it('refuses a distance of 0, as storage would', () => {
    const { onSubmit, onInvalid } = mount('metric');
    type(1, '0');
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalledWith('Distance (km) should be between 0.01 and 1000.');
  });

  it('a 600 mi run is accepted, stored, and still there when the page is loaded again', async () => {
    const { onSubmit } = mount('imperial');
    type(1, '600');
    submit();
    const draft = onSubmit.mock.calls[0]?.[0];
    expect(draft.distanceM).toBeCloseTo(965_606.4, 1);
    // The background keeps manual entries (issue 13.2), with the same limits.
    expect(await addManualEntry('strava', '42', draft)).toEqual({ entry: draft, refused: [] });
    expect(await loadManualEntry('strava', '42')).toEqual(draft);
  });
});
