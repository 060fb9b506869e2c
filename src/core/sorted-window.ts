/**
 * The values of a window of indices [from, to), kept sorted, for a median asked of window after
 * window: moving to the next window adds and drops only the indices it slides over, instead of
 * sorting the whole window again (the 8-week view asks for the usual pace of hundreds of
 * overlapping 30-day windows). `valueAt` must give the same number for an index every time; NaN
 * means the index does not count.
 */
export interface SortedWindow {
  from: number;
  to: number;
  values: Float64Array;
  size: number;
}

export function slideWindow(sorted: SortedWindow | null, from: number, to: number, capacity: number, valueAt: (index: number) => number): SortedWindow {
  const overlaps = sorted !== null && from < sorted.to && sorted.from < to;
  if (!overlaps || sorted === null || sorted.values.length < capacity) {
    const fresh: SortedWindow = { from, to, values: new Float64Array(capacity), size: 0 };
    for (let i = from; i < to; i++) insert(fresh, valueAt(i));
    return fresh;
  }
  for (let i = sorted.from; i < Math.min(sorted.to, from); i++) remove(sorted, valueAt(i));
  for (let i = Math.max(sorted.from, to); i < sorted.to; i++) remove(sorted, valueAt(i));
  for (let i = from; i < Math.min(to, sorted.from); i++) insert(sorted, valueAt(i));
  for (let i = Math.max(from, sorted.to); i < to; i++) insert(sorted, valueAt(i));
  sorted.from = from;
  sorted.to = to;
  return sorted;
}

/** The middle value, or the mean of the two middle ones (as recent-training.ts medianInPlace), of at least one value. */
export function windowMedian(sorted: SortedWindow): number {
  const mid = sorted.size >> 1;
  const upper = sorted.values[mid] as number;
  return sorted.size % 2 === 1 ? upper : ((sorted.values[mid - 1] as number) + upper) / 2;
}

/** The first position whose value is not below `value`. */
function lowerBound(sorted: SortedWindow, value: number): number {
  let lo = 0;
  let hi = sorted.size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted.values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insert(sorted: SortedWindow, value: number): void {
  if (Number.isNaN(value)) return;
  const at = lowerBound(sorted, value);
  sorted.values.copyWithin(at + 1, at, sorted.size);
  sorted.values[at] = value;
  sorted.size++;
}

function remove(sorted: SortedWindow, value: number): void {
  if (Number.isNaN(value)) return;
  const at = lowerBound(sorted, value);
  sorted.values.copyWithin(at, at + 1, sorted.size);
  sorted.size--;
}
