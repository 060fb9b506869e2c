import { afterEach, describe, expect, it } from 'vitest';
import { click, field, mountOptions, stored, unmount } from './harness';

let root: HTMLElement;
afterEach(() => unmount(root));

describe('training log opt-in', () => {
  it('is off by default, clearly labelled and explained, and saved with the settings', async () => {
    root = await mountOptions();
    const box = field(root, "Read my recent activities from Strava's training log (only on my own activities; stays on this computer)");
    expect(box.type).toBe('checkbox');
    expect(box.checked).toBe(false);
    expect(root.querySelector(`#${box.getAttribute('aria-describedby')}`)?.textContent).toMatch(/once a day/);
    await click(box);
    expect(await stored('settings')).toMatchObject({ sites: { strava: true }, importTrainingLog: true });
    expect(root.textContent).toContain('Cramp Check will read your training log');
    await click(box);
    expect(await stored('settings')).toMatchObject({ importTrainingLog: false });
  });
});
