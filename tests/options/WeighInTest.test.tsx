import { afterEach, describe, expect, it } from 'vitest';
import { button, click, field, mountOptions, stored, type, unmount } from './harness';

let root: HTMLElement;
afterEach(() => unmount(root));

function fillTest(values: { before: string; after: string; drank: string; urine?: string; minutes: string; temperature?: string }) {
  type(field(root, 'Weight before'), values.before);
  type(field(root, 'Weight after'), values.after);
  type(field(root, 'Drank during'), values.drank);
  if (values.urine) type(field(root, 'Urine during'), values.urine);
  type(field(root, 'Duration (min)'), values.minutes);
  if (values.temperature) type(field(root, 'Temperature'), values.temperature);
}

const rate = () => root.querySelector('[data-testid=weigh-in-rate]')?.textContent;
const loss = () => root.querySelector('[data-testid=weigh-in-loss]')?.textContent;

describe('weigh-in test', () => {
  it('shows the sweat rate and body-mass loss live as the numbers are typed', async () => {
    root = await mountOptions();
    fillTest({ before: '70.0', after: '68.6', drank: '0.5', urine: '0.1', minutes: '90' });
    expect(rate()).toBe('1.2 L/h');
    expect(loss()).toBe('2.0 %');
    type(field(root, 'Duration (min)'), '60');
    expect(rate()).toBe('1.8 L/h');
  });

  it('stores a dated test in the profile and lists it; several tests add up', async () => {
    root = await mountOptions();
    expect(field(root, 'Test date').value).toBe('2026-06-14');
    fillTest({ before: '70.0', after: '68.6', drank: '0.5', urine: '0.1', minutes: '90', temperature: '24' });
    await click(button(root, 'Save test'));
    expect(await stored('profile')).toEqual({
      units: 'metric',
      sweatTests: [{ date: '2026-06-14', preKg: 70, postKg: 68.6, drankL: 0.5, urineL: 0.1, durationH: 1.5, temperatureC: 24 }],
    });
    expect(root.querySelector('.saved-tests')?.textContent).toContain('2026-06-14: 1.2 L/h, 2.0 % lost over 1 h 30 min, 24 °C');
    expect(field(root, 'Weight before').value).toBe('');
    type(field(root, 'Test date'), '2026-06-20');
    fillTest({ before: '70', after: '69', drank: '0', minutes: '60' });
    await click(button(root, 'Save test'));
    const profile = (await stored('profile')) as { sweatTests: { date: string }[] };
    expect(profile.sweatTests.map((t) => t.date)).toEqual(['2026-06-14', '2026-06-20']);
    expect(root.textContent).toContain('fits your sweat rate to all 2 tests');
  });

  it('sets the measured sweat rate from a test, and deletes a test', async () => {
    root = await mountOptions();
    fillTest({ before: '70.0', after: '68.6', drank: '0.5', urine: '0.1', minutes: '90' });
    await click(button(root, 'Use this as my sweat rate'));
    expect(await stored('profile')).toEqual({ units: 'metric', sweatRateLph: 1.2 });
    expect(field(root, 'Sweat rate').value).toBe('1.2');
    await click(button(root, 'Save test'));
    const del = root.querySelector<HTMLButtonElement>('button[aria-label="Delete the 2026-06-14 test"]');
    await click(del as HTMLButtonElement);
    expect(await stored('profile')).toEqual({ units: 'metric', sweatRateLph: 1.2, sweatTests: [] });
    expect(root.textContent).toContain('No weigh-in tests yet.');
  });

  it('asks for the duration in minutes, as the planner does, and says what 90 minutes is', async () => {
    root = await mountOptions();
    expect(root.querySelector('#weighIn-durationMin-hint')?.textContent).toBe('For example 90 for 1 h 30 min.');
  });

  it('refuses an incomplete or impossible test with messages by the fields, storing nothing', async () => {
    root = await mountOptions();
    type(field(root, 'Weight before'), '70');
    type(field(root, 'Weight after'), 'x');
    expect(root.querySelector('#weighIn-after-hint')?.textContent).toBe('Weight after (kg) must be a number.');
    await click(button(root, 'Save test'));
    expect(root.querySelector('#weighIn-drank-hint')?.textContent).toBe('Drank (L) is needed.');
    expect(field(root, 'Duration (min)').getAttribute('aria-invalid')).toBe('true');
    expect(field(root, 'Weight after').value).toBe('x');
    fillTest({ before: '68', after: '70', drank: '0', minutes: '60' });
    await click(button(root, 'Save test'));
    expect(root.querySelector('#weighIn-after-hint')?.textContent).toContain('not plausible');
    expect(await stored('profile')).toBeUndefined();
  });
});
