/**
 * The indices of a window [from, to), kept sorted by their values with each value beside its index,
 * moved from window to window by adding and dropping only the indices slid over, instead of
 * sorting the whole window again. The 8-week view asks for hundreds of overlapping 30-day windows:
 * the usual pace takes a window's median speed, the pace at a run's own distance reads its
 * sessions in Riegel-key order (own-distance-pace.ts). `valueAt` must give the same number for an
 * index every time; NaN means the index does not count.
 */
export interface SortedWindow {
  from: number;
  to: number;
  values: Float64Array;
  indices: Int32Array;
  size: number;
}

export function slideWindow(window: SortedWindow | null, from: number, to: number, capacity: number, valueAt: (index: number) => number): SortedWindow {
  const overlaps = window !== null && from < window.to && window.from < to;
  if (!overlaps || window === null || window.values.length < capacity) {
    const fresh: SortedWindow = { from, to, values: new Float64Array(capacity), indices: new Int32Array(capacity), size: 0 };
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

/** The middle value, or the mean of the two middle ones (as recent-training.ts medianInPlace), of at least one value. */
export function windowMedian(sorted: SortedWindow): number {
  const mid = sorted.size >> 1;
  const upper = sorted.values[mid] as number;
  return sorted.size % 2 === 1 ? upper : ((sorted.values[mid - 1] as number) + upper) / 2;
}

/** The first position whose value is not below `value`. */
function lowerBound(window: SortedWindow, value: number): number {
  let lo = 0;
  let hi = window.size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((window.values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insert(window: SortedWindow, index: number, value: number): void {
  if (Number.isNaN(value)) return;
  const at = lowerBound(window, value);
  window.values.copyWithin(at + 1, at, window.size);
  window.indices.copyWithin(at + 1, at, window.size);
  window.values[at] = value;
  window.indices[at] = index;
  window.size++;
}

function remove(window: SortedWindow, index: number, value: number): void {
  if (Number.isNaN(value)) return;
  // Among equal values, the one of this index.
  let at = lowerBound(window, value);
  while (at < window.size && window.indices[at] !== index) at++;
  if (at === window.size) return;
  window.values.copyWithin(at, at + 1, window.size);
  window.indices.copyWithin(at, at + 1, window.size);
  window.size--;
}
