/**
 * Like sorted-window.ts, with each value's index kept beside it: the indices of a window
 * [from, to) sorted by their values, moved from window to window by adding and dropping only the
 * indices slid over. The usual pace at a run's own distance (pace-baseline.ts) keeps each
 * session's Riegel key here, so the 8-week view reads a window's sessions already in key order
 * instead of gathering and partly sorting them again for each run. `valueAt` must give the same
 * number for an index every time; NaN means the index does not count.
 */
export interface KeyedWindow {
  from: number;
  to: number;
  values: Float64Array;
  indices: Int32Array;
  size: number;
}

export function slideKeyed(window: KeyedWindow | null, from: number, to: number, capacity: number, valueAt: (index: number) => number): KeyedWindow {
  const overlaps = window !== null && from < window.to && window.from < to;
  if (!overlaps || window === null || window.values.length < capacity) {
    const fresh: KeyedWindow = { from, to, values: new Float64Array(capacity), indices: new Int32Array(capacity), size: 0 };
    for (let i = from; i < to; i++) insert(fresh, i, valueAt(i));
    return fresh;
  }
  for (let i = window.from; i < Math.min(window.to, from); i++) remove(window, i, valueAt(i));
  for (let i = Math.max(window.from, to); i < window.to; i++) remove(window, i, valueAt(i));
  for (let i = from; i < Math.min(to, window.from); i++) insert(window, i, valueAt(i));
  for (let i = Math.max(from, window.to); i < to; i++) insert(window, i, valueAt(i));
  window.from = from;
  window.to = to;
  return window;
}

/** The first position whose value is not below `value`. */
function lowerBound(window: KeyedWindow, value: number): number {
  let lo = 0;
  let hi = window.size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((window.values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insert(window: KeyedWindow, index: number, value: number): void {
  if (Number.isNaN(value)) return;
  const at = lowerBound(window, value);
  window.values.copyWithin(at + 1, at, window.size);
  window.indices.copyWithin(at + 1, at, window.size);
  window.values[at] = value;
  window.indices[at] = index;
  window.size++;
}

function remove(window: KeyedWindow, index: number, value: number): void {
  if (Number.isNaN(value)) return;
  // Among equal values, the one of this index.
  let at = lowerBound(window, value);
  while (at < window.size && window.indices[at] !== index) at++;
  if (at === window.size) return;
  window.values.copyWithin(at, at + 1, window.size);
  window.indices.copyWithin(at, at + 1, window.size);
  window.size--;
}
