import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { button, click, mountOptions, unmount } from './harness';

let root: HTMLElement;
afterEach(() => unmount(root));

// happy-dom computes no layout or colours, so contrast is left to the real-browser suite.
const check = async () => (await axe.run(root, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

describe('options page accessibility', () => {
  it('has no axe violations, also with errors shown and the delete confirmation open', async () => {
    root = await mountOptions();
    expect(await check()).toEqual([]);
    await click(button(root, 'Save test'));
    await click(button(root, 'Delete all data…'));
    expect(await check()).toEqual([]);
  });
});
