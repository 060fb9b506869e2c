/**
 * A value derived from the whole stored history, computed once per history array: the same array
 * serves every analysis of one message, and the hundreds of the popup's 8-week view, so a value
 * that does not depend on the analyzed activity (the runner's heart-rate line, their weigh-ins) is
 * not worked out again for each. Keyed by the array itself, like past-runs.ts, so it lives exactly
 * as long as its history; a different length means the array was edited, and it is computed again.
 */
export function perHistory<T>(compute: (history: readonly unknown[]) => T): (history: readonly unknown[]) => T {
  const known = new WeakMap<readonly unknown[], { length: number; value: T }>();
  return (history) => {
    const hit = known.get(history);
    if (hit !== undefined && hit.length === history.length) return hit.value;
    const value = compute(history);
    known.set(history, { length: history.length, value });
    return value;
  };
}
