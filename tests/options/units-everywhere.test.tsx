// Under imperial units the options page's own hints and examples speak ℉, lb and fl oz too.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../setup/fake-browser';
import { button, click, field, mountOptions, stored, type, unmount } from './harness';

const submitProfile = (root: HTMLElement) => click(button(root, 'Save sweat profile'));

let root: HTMLElement;
afterEach(() => unmount(root));

describe('options hints in the runner’s units', () => {
  it('imperial (an en-US browser, nothing saved): °F, lb and fl oz', async () => {
    root = await mountOptions('en-US');
    expect(root.textContent).toContain('Taken as measured at about 68 °F and 50 % humidity');
    expect(root.textContent).toContain('1 lb lost is about 15 fl oz of sweat');
    expect(root.textContent).not.toMatch(/20 °C|1 kg lost/);
  });

  it('metric: °C, kg and L', async () => {
    root = await mountOptions('en-GB');
    expect(root.textContent).toContain('Taken as measured at about 20 °C and 50 % humidity');
    expect(root.textContent).toContain('1 kg lost is about 1 L of sweat');
  });
});

describe('options in imperial speak no metric unit anywhere', () => {
  const weighIn = { date: '2026-06-01', preKg: 70, postKg: 69, drankL: 0.5, durationH: 1, temperatureC: 24 };

  it('a saved imperial profile with a weigh-in test: the sweat-rate field, the saved-test line and the curve', async () => {
    await fakeBrowser().storage.local.set({
      profile: { version: 1, data: { units: 'imperial', bodyMassKg: 70, sweatRateLph: 1.2, sweatTests: [weighIn, { ...weighIn, date: '2026-07-01', temperatureC: 30 }] } },
    });
    root = await mountOptions('en-GB');
    expect(field(root, 'Sweat rate (fl oz/h)').value).toBe('40.58');
    // 1.5 L in 1 h is 51 fl oz/h, at 24 °C = 75 °F.
    expect(root.querySelector('.saved-tests li span')?.textContent).toBe('2026-06-01: 51 fl oz/h, 1.4 % lost over 1 h, 75 °F');
    // Everything but the units choice itself, whose metric option names kg, km and °C.
    for (const option of root.querySelectorAll('option[value="metric"]')) option.remove();
    const said = [root.textContent, ...[...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))].join(' ');
    expect(said).not.toMatch(/L\/h|\bkg\b|°C|\bcm\b/);
  });

  it('the sweat rate typed in fl oz/h is stored in L/h, and its range is given in fl oz/h', async () => {
    await fakeBrowser().storage.local.set({ profile: { version: 1, data: { units: 'imperial', bodyMassKg: 70 } } });
    root = await mountOptions('en-GB');
    type(field(root, 'Sweat rate (fl oz/h)'), '500');
    await submitProfile(root);
    expect(root.textContent).toMatch(/Sweat rate \(fl oz\/h\) should be between 3\.4 and 169\./);
    type(field(root, 'Sweat rate (fl oz/h)'), '34');
    await submitProfile(root);
    expect(((await stored('profile')) as { sweatRateLph: number }).sweatRateLph).toBeCloseTo(1.0055, 2);
  });

  it('nothing saved, a Strava page seen in mi and ℉: the options open in imperial like the panel, in an en-GB browser', async () => {
    await fakeBrowser().storage.local.set({ settings: { version: 1, data: { sites: { strava: true }, panelCollapsed: false, pageUnits: 'imperial' } } });
    root = await mountOptions('en-GB');
    expect(field<HTMLSelectElement>(root, 'Units').value).toBe('imperial');
    expect(root.textContent).toContain('68 °F');
  });
});
