import { describe, expect, it, vi } from 'vitest';
import { onInstalledOrStartup } from '../../src/platform/lifecycle';
import { fakeBrowser } from '../setup/fake-browser';

describe('onInstalledOrStartup', () => {
  it('runs the listener on install or update and on each browser start', () => {
    const listener = vi.fn();
    onInstalledOrStartup(listener);
    for (const l of fakeBrowser().runtime.onInstalled.listeners) l({ reason: 'update' });
    for (const l of fakeBrowser().runtime.onStartup.listeners) l();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
