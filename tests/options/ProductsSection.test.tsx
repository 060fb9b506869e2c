import { afterEach, describe, expect, it } from 'vitest';
import { button, choose, click, field, mountOptions, stored, type, unmount } from './harness';

let root: HTMLElement;
afterEach(() => unmount(root));

const section = () => root.querySelector('[aria-labelledby="products-heading"]') as HTMLElement;

describe('My products', () => {
  it('adds a product per serving to the profile and lists it; removes it again', async () => {
    root = await mountOptions();
    type(field(section(), /^Name$/), 'My mix');
    choose(field<HTMLSelectElement>(section(), 'Kind'), 'drink');
    type(field(section(), 'Volume per serving'), '500');
    type(field(section(), 'Carbohydrate per serving'), '30');
    type(field(section(), 'Sodium per serving'), '400');
    await click(button(section(), 'Add product'));
    expect(await stored('profile')).toEqual({ units: 'metric', products: [{ name: 'My mix', kind: 'drink', volumeMl: 500, carbsG: 30, sodiumMg: 400 }] });
    expect(section().querySelector('.products')?.textContent).toContain('My mix (drink): 500 mL, 30 g carbohydrate, 400 mg sodium per serving');
    expect(field(section(), /^Name$/).value).toBe('');
    await click(button(section(), 'Remove'));
    expect(await stored('profile')).toEqual({ units: 'metric', products: [] });
  });

  it('a starter kind fills typical values, labelled to check against the label, and stores nothing by itself', async () => {
    root = await mountOptions();
    expect(section().textContent).toContain('typical: check your label');
    await click(button(section(), 'Salt capsule'));
    expect(section().querySelector('[data-testid=typical]')?.textContent).toMatch(/check your label/);
    expect(field(section(), 'Sodium per serving').value).toBe('215');
    expect(field<HTMLSelectElement>(section(), 'Kind').value).toBe('capsule');
    expect(await stored('profile')).toBeUndefined();
    type(field(section(), 'Sodium per serving'), '250');
    await click(button(section(), 'Add product'));
    expect(await stored('profile')).toEqual({ units: 'metric', products: [{ name: 'Salt capsule', kind: 'capsule', volumeMl: 0, carbsG: 0, sodiumMg: 250 }] });
  });

  it.each([
    ['volume', 'Volume per serving', '1600', 'Volume per serving (mL) should be between 0 and 1500.'],
    ['carbohydrate', 'Carbohydrate per serving', '151', 'Carbohydrate per serving (g) should be between 0 and 150.'],
    ['sodium', 'Sodium per serving', '-1', 'Sodium per serving (mg) should be between 0 and 2000.'],
    ['caffeine', 'Caffeine per serving', '500', 'Caffeine per serving (mg, optional) should be between 0 and 400.'],
  ])('refuses a %s outside its limits by the field, storing nothing and keeping the typing', async (_name, label, value, message) => {
    root = await mountOptions();
    type(field(section(), /^Name$/), 'Thing');
    type(field(section(), label), value);
    await click(button(section(), 'Add product'));
    expect(field(section(), label).closest('.field')?.querySelector('small')?.textContent).toBe(message);
    expect(field(section(), label).value).toBe(value);
    expect(await stored('profile')).toBeUndefined();
  });

  it('refuses a product without a name', async () => {
    root = await mountOptions();
    type(field(section(), 'Carbohydrate per serving'), '22');
    await click(button(section(), 'Add product'));
    expect(field(section(), /^Name$/).closest('.field')?.querySelector('small')?.textContent).toBe('Give it a name of up to 60 characters.');
    expect(await stored('profile')).toBeUndefined();
  });
});
