/** A window slid back and forth over values (some not counted) holds exactly the counted values of its range, sorted, each beside its own index. */
import { describe, expect, it } from 'vitest';
import { type SortedWindow, slideWindow, windowMedian } from '../../src/core/sorted-window';

describe('sorted window', () => {
  it('after any slide holds the counted values of [from, to) in order, and its median is theirs', () => {
    let state = 11;
    const random = () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    const values = Array.from({ length: 300 }, () => (random() < 0.15 ? Number.NaN : Math.round(random() * 50)));
    let sorted: SortedWindow | null = null;
    let from = 0;
    for (let step = 0; step < 400; step++) {
      // Mostly forward by a little, sometimes back, sometimes a jump that shares nothing.
      from = random() < 0.1 ? Math.floor(random() * 250) : Math.max(0, Math.min(250, from + Math.floor(random() * 9) - 2));
      const to = Math.min(values.length, from + 20 + Math.floor(random() * 30));
      sorted = slideWindow(sorted, from, to, values.length, (i) => values[i] as number);
      const want = values.slice(from, to).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
      expect(Array.from(sorted.values.subarray(0, sorted.size))).toEqual(want);
      const mid = want.length >> 1;
      if (want.length > 0) expect(windowMedian(sorted)).toBe(want.length % 2 ? want[mid] : ((want[mid - 1] as number) + (want[mid] as number)) / 2);
    }
  });
  it('after any slide holds the counted indices of [from, to) in value order, equal values included, each index once', () => {
    let state = 23;
    const random = () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    // Few distinct values: many indices share one, so dropping an index must find that very index.
    const values = Array.from({ length: 300 }, () => (random() < 0.15 ? Number.NaN : Math.round(random() * 12)));
    let window: SortedWindow | null = null;
    let from = 0;
    for (let step = 0; step < 400; step++) {
      from = random() < 0.1 ? Math.floor(random() * 250) : Math.max(0, Math.min(250, from + Math.floor(random() * 9) - 2));
      const to = Math.min(values.length, from + 20 + Math.floor(random() * 30));
      window = slideWindow(window, from, to, values.length, (i) => values[i] as number);
      const held = Array.from(window.indices.subarray(0, window.size));
      const want = Array.from({ length: to - from }, (_, k) => from + k).filter((i) => !Number.isNaN(values[i]));
      expect([...held].sort((a, b) => a - b)).toEqual(want);
      expect(held.map((i) => values[i])).toEqual(Array.from(window.values.subarray(0, window.size)));
      expect(Array.from(window.values.subarray(0, window.size))).toEqual(want.map((i) => values[i]).sort((a, b) => (a as number) - (b as number)));
    }
  });
});
