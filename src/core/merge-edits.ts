/**
 * A save from a page that may be stale (two options tabs, each loaded at its own time) applies only
 * what that page changed. `base` is the value the page started from, `edited` what it saves, and
 * `current` what is stored now: each field the page changed takes the page's value, every other
 * field keeps the stored one. Lists (weigh-ins, muscles) merge by item: the items the page added
 * are added and the ones it removed are removed, so a weigh-in another tab added meanwhile stays.
 * Records (sites) merge key by key.
 */
type Plain = Record<string, unknown>;

const isRecord = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeEdits<T extends object>(current: T, base: T, edited: T): T {
  const merged: Plain = { ...(current as Plain) };
  const was = base as Plain;
  const now = edited as Plain;
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (same(was[key], now[key])) continue;
    const stored = merged[key];
    if (Array.isArray(was[key]) && Array.isArray(now[key]) && Array.isArray(stored)) merged[key] = mergeList(stored, was[key], now[key]);
    else if (isRecord(was[key]) && isRecord(now[key]) && isRecord(stored)) merged[key] = mergeEdits(stored, was[key], now[key]);
    else if (now[key] === undefined) delete merged[key];
    else merged[key] = now[key];
  }
  return merged as T;
}

/** `stored` with the items `edited` removed from `base` taken out and the ones it added put in. */
export function mergeList(stored: readonly unknown[], base: readonly unknown[], edited: readonly unknown[]): unknown[] {
  const keys = (list: readonly unknown[]) => new Set(list.map((item) => JSON.stringify(item)));
  const [inBase, inEdited] = [keys(base), keys(edited)];
  const kept = stored.filter((item) => !inBase.has(JSON.stringify(item)) || inEdited.has(JSON.stringify(item)));
  const inKept = keys(kept);
  return [...kept, ...edited.filter((item) => !inBase.has(JSON.stringify(item)) && !inKept.has(JSON.stringify(item)))];
}
