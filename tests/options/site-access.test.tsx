// Optional sites stay truthful (issue 12.8): access withdrawn in the browser shows as off, with a
// button to grant it again.
import { afterEach, describe, expect, it } from 'vitest';
import { SITES } from '../../src/sites/index';
import { fakeBrowser } from '../setup/fake-browser';
import { button, click, field, mountOptions, settle, unmount } from './harness';

let root: HTMLElement;
afterEach(() => unmount(root));

const origins = [...(SITES.find((s) => s.meta.id === 'garmin')?.meta.origins ?? [])];
const notice = () => root.querySelector('#site-garmin-withdrawn')?.textContent ?? null;

describe('optional site access', () => {
  it('a site switched on whose access was withdrawn in the browser shows as off, and can be granted again', async () => {
    await fakeBrowser().storage.local.set({ settings: { version: 1, data: { sites: { strava: true, garmin: true }, panelCollapsed: false } } });
    root = await mountOptions();
    await settle(); // the browser's answer about access arrives after the first render
    expect(field(root, 'Garmin Connect').checked).toBe(false);
    expect(notice()).toContain("Off: access to Garmin Connect was withdrawn in the browser's settings.");
    await click(button(root, 'Grant access to Garmin Connect again'));
    expect(origins.every((o) => fakeBrowser().permissions.granted.has(o))).toBe(true);
    expect(field(root, 'Garmin Connect').checked).toBe(true);
    expect(notice()).toBeNull();
  });

  it('follows a withdrawal made in the browser while the options page is open', async () => {
    await fakeBrowser().storage.local.set({ settings: { version: 1, data: { sites: { strava: true, garmin: true }, panelCollapsed: false } } });
    for (const o of origins) fakeBrowser().permissions.granted.add(o);
    root = await mountOptions();
    await settle(); // the browser's answer about access arrives after the first render
    expect(field(root, 'Garmin Connect').checked).toBe(true);
    await fakeBrowser().permissions.remove({ origins });
    await settle();
    expect(field(root, 'Garmin Connect').checked).toBe(false);
    expect(notice()).not.toBeNull();
  });
});
