/**
 * Whether two stored values hold the same data, whatever order their objects' keys were written
 * in: a record rebuilt by spreading its parts in another order (an activity read again, its kept
 * track added back) is the same record, and storing it again would be a write for nothing.
 * Plain JSON data only (what storage holds); `undefined` members count as absent, as in JSON.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameData(x, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keysOf = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const keys = keysOf(x);
  return keys.length === keysOf(y).length && keys.every((k) => Object.hasOwn(y, k) && sameData(x[k], y[k]));
}
