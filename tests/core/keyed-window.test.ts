/** A keyed window slid back and forth holds exactly the counted indices of its range, sorted by value, each beside its own value. */
import { describe, expect, it } from 'vitest';
import { type KeyedWindow, slideKeyed } from '../../src/core/keyed-window';

describe('keyed window', () => {
  it('after any slide holds the counted indices of [from, to) in value order, equal values included, each index once', () => {
    let state = 23;
    const random = () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    // Few distinct values: many indices share one, so dropping an index must find that very index.
    const values = Array.from({ length: 300 }, () => (random() < 0.15 ? Number.NaN : Math.round(random() * 12)));
    let window: KeyedWindow | null = null;
    let from = 0;
    for (let step = 0; step < 400; step++) {
      from = random() < 0.1 ? Math.floor(random() * 250) : Math.max(0, Math.min(250, from + Math.floor(random() * 9) - 2));
      const to = Math.min(values.length, from + 20 + Math.floor(random() * 30));
      window = slideKeyed(window, from, to, values.length, (i) => values[i] as number);
      const held = Array.from(window.indices.subarray(0, window.size));
      const want = Array.from({ length: to - from }, (_, k) => from + k).filter((i) => !Number.isNaN(values[i]));
      expect([...held].sort((a, b) => a - b)).toEqual(want);
      expect(held.map((i) => values[i])).toEqual(Array.from(window.values.subarray(0, window.size)));
      expect(Array.from(window.values.subarray(0, window.size))).toEqual(want.map((i) => values[i]).sort((a, b) => (a as number) - (b as number)));
    }
  });
});
