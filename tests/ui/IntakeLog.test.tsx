import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Intake } from '../../src/core/activity';
import type { Product } from '../../src/core/product';
import type { Units } from '../../src/core/units';
import { IntakeLog } from '../../src/ui/IntakeLog';

let root: HTMLElement;
afterEach(() => root.remove());

const mix: Product = { name: 'My mix', kind: 'drink', volumeMl: 500, carbsG: 30, sodiumMg: 400 };
const gel: Product = { name: 'Citrus gel', kind: 'gel', volumeMl: 0, carbsG: 25, sodiumMg: 50 };

function show(opts: { intake?: Intake; units?: Units; products?: Product[]; onSave?: (i: Intake) => Promise<void> } = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const onSave = vi.fn(opts.onSave ?? (async () => undefined));
  act(() => render(<IntakeLog intake={opts.intake} units={opts.units ?? 'metric'} locale="en" products={opts.products ?? []} onSave={onSave} />, root));
  return onSave;
}
const input = (name: string) => {
  const el = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!el) throw new Error(`no input ${name} in ${root.innerHTML}`);
  return el;
};
const type = (name: string, value: string) => {
  input(name).value = value;
};
const submit = async () => {
  await act(async () => {
    root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    // The save is async: let its promise settle inside act.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};
const labelOf = (name: string) => input(name).closest('label')?.textContent ?? '';

describe('IntakeLog: what did you take?', () => {
  it('labels every field in the runner\'s units and says when to weigh after', () => {
    show();
    expect(root.textContent).toContain('What did you take on this run?');
    expect(labelOf('fluidMl')).toBe('Drink (mL)');
    expect(labelOf('massBeforeKg')).toBe('Weight before (kg)');
    expect(root.textContent).toContain('Weight after: before drinking anything');
    root.remove();
    show({ units: 'imperial' });
    expect(labelOf('fluidMl')).toBe('Drink (fl oz)');
    expect(labelOf('massAfterKg')).toBe('Weight after (lb)');
  });

  it('saves typed amounts in SI: fl oz and lb converted', async () => {
    const onSave = show({ units: 'imperial' });
    type('fluidMl', '20');
    type('sodiumMg', '600');
    type('carbsG', '90');
    type('massBeforeKg', '154');
    type('massAfterKg', '152');
    await submit();
    expect(onSave).toHaveBeenCalledWith({ fluidMl: 591, sodiumMg: 600, carbsG: 90, massBeforeKg: 69.85, massAfterKg: 68.95 });
  });

  it('counts servings of the runner\'s products into the amounts, added to what was typed', async () => {
    const onSave = show({ products: [mix, gel] });
    expect(labelOf('servings-0')).toBe('My mix (servings)');
    type('servings-0', '2');
    type('servings-1', '3');
    type('fluidMl', '250');
    await submit();
    expect(onSave).toHaveBeenCalledWith({ fluidMl: 1250, sodiumMg: 950, carbsG: 135 });
  });

  it.each([
    ['a negative drink', 'fluidMl', '-5', 'Drink (mL) should be between 0 and 20000.'],
    ['25 L', 'fluidMl', '25000', 'Drink (mL) should be between 0 and 20000.'],
    ['not a finite number', 'carbsG', '1e999', 'Carbohydrate (g): not a number.'],
    ['a 300 kg runner', 'massBeforeKg', '300', 'Weight before (kg) should be between 25 and 250.'],
    ['half a gel', 'servings-1', '1.5', 'Citrus gel (servings) should be between 0 and 50.'],
  ])('refuses %s with a message, sends nothing, keeps what was typed', async (_name, field, value, message) => {
    const onSave = show({ products: [mix, gel] });
    type('sodiumMg', '300');
    type(field, value);
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(message);
    expect(input('sodiumMg').value).toBe('300');
    expect(input(field).value).toBe(value);
  });

  it('refuses servings that add up past a limit', async () => {
    const onSave = show({ products: [{ ...mix, volumeMl: 1500 }] });
    type('servings-0', '14');
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/all together more than 20000/);
  });

  it('a failed save says so and keeps every typed value', async () => {
    const onSave = show({ onSave: async () => Promise.reject(new Error('storage full')) });
    type('fluidMl', '750');
    type('massBeforeKg', '70');
    await submit();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/storage full.*still here/);
    expect(input('fluidMl').value).toBe('750');
    expect(input('massBeforeKg').value).toBe('70');
  });

  it('shows what was logged and edits it from the stored values', async () => {
    const onSave = show({ intake: { fluidMl: 500, carbsG: 40, massBeforeKg: 70, massAfterKg: 69.2 } });
    expect(root.textContent).toContain('You took: 500 mL drink, 40 g carbohydrate; weighed 70 kg before, 69.2 kg after.');
    const change = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Change');
    act(() => change?.click());
    expect(input('fluidMl').value).toBe('500');
    expect(input('massAfterKg').value).toBe('69.2');
    type('fluidMl', '800');
    await submit();
    expect(onSave).toHaveBeenCalledWith({ fluidMl: 800, carbsG: 40, massBeforeKg: 70, massAfterKg: 69.2 });
  });

  it('an empty form with nothing logged asks for a value', async () => {
    const onSave = show();
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Enter at least one value.');
  });
});
