// Under imperial units the options page's own hints and examples speak ℉, lb and fl oz too.
import { afterEach, describe, expect, it } from 'vitest';
import { mountOptions, unmount } from './harness';

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
