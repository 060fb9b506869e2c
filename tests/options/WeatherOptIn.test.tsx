import { afterEach, describe, expect, it } from 'vitest';
import { OPEN_METEO_ORIGINS } from '../../src/platform/open-meteo';
import { fakeBrowser } from '../setup/fake-browser';
import { click, field, mountOptions, stored, unmount } from './harness';

let root: HTMLElement;
afterEach(() => unmount(root));

const LABEL = 'Look up the weather for activities without it';

describe('weather lookup opt-in', () => {
  it('is off by default and says exactly what would leave the browser, to whom', async () => {
    root = await mountOptions();
    const box = field(root, LABEL);
    expect(box.type).toBe('checkbox');
    expect(box.checked).toBe(false);
    const help = root.querySelector(`#${box.getAttribute('aria-describedby')}`)?.textContent ?? '';
    expect(help).toContain('start point rounded to 0.1° (about 10 km)');
    expect(help).toContain('its date');
    expect(help).toContain('Open-Meteo (open-meteo.com');
    expect(help).toContain('when it is off, nothing is sent');
    expect(fakeBrowser().permissions.request).not.toHaveBeenCalled();
  });

  it("switching it on asks for Open-Meteo's hosts, then saves it; off gives them back", async () => {
    root = await mountOptions();
    await click(field(root, LABEL));
    expect(fakeBrowser().permissions.request).toHaveBeenCalledWith({ origins: OPEN_METEO_ORIGINS });
    expect([...fakeBrowser().permissions.granted]).toEqual(OPEN_METEO_ORIGINS);
    expect(await stored('settings')).toMatchObject({ weatherLookup: true });
    expect(root.textContent).toContain('Weather lookup is on');
    await click(field(root, LABEL));
    expect(await stored('settings')).toMatchObject({ weatherLookup: false });
    expect(fakeBrowser().permissions.granted.size).toBe(0);
    expect(root.textContent).toContain('nothing is sent to Open-Meteo');
  });

  it('stays off when the browser prompt is refused', async () => {
    fakeBrowser().permissions.nextAnswer = false;
    root = await mountOptions();
    await click(field(root, LABEL));
    expect(await stored('settings')).toBeUndefined();
    expect(field(root, LABEL).checked).toBe(false);
    expect(root.querySelector('[role="status"].error')?.textContent).toBe('The browser did not grant access to Open-Meteo, so the weather lookup stays off.');
  });

  it('in Firefox also asks for the built-in data consent for location (the rounded start point)', async () => {
    Object.assign(fakeBrowser().runtime, { getBrowserInfo: async () => ({ name: 'Firefox' }) });
    root = await mountOptions();
    await click(field(root, LABEL));
    expect(fakeBrowser().permissions.request).toHaveBeenCalledWith({ origins: OPEN_METEO_ORIGINS, data_collection: ['locationInfo'] });
    expect(await stored('settings')).toMatchObject({ weatherLookup: true });
  });
});
