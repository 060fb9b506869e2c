import { mergeList } from './merge-edits';

/**
 * Undoing an earlier write (an import) without undoing what was changed since. `wrote` is what
 * that write stored, `before` what it replaced (undefined: nothing), `current` what is stored now.
 * A value still as written goes back to `before`; a value changed since stays, and its path is
 * listed in `kept` so the runner is told. Records revert field by field and lists item by item
 * (the items the write added go, the ones it removed come back, items added since stay), so a
 * weigh-in or a cramp log added after the write survives its undo.
 */
export interface Reverted {
  /** undefined: remove the value. */
  value: unknown;
  kept: string[][];
}

type Plain = Record<string, unknown>;
const isRecord = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function revertEdits(current: unknown, wrote: unknown, before: unknown, path: string[] = []): Reverted {
  if (same(current, wrote)) return { value: before, kept: [] };
  // The write did not change it, or it was removed since: what is stored now stays, nothing to tell.
  if (same(before, wrote) || current === undefined) return { value: current, kept: [] };
  if (Array.isArray(current) && Array.isArray(wrote) && (before === undefined || Array.isArray(before))) {
    const merged = mergeList(current, wrote, before ?? []);
    return { value: merged.length === 0 && before === undefined ? undefined : merged, kept: [] };
  }
  // Field by field only when there was a record before: an added record changed since stays whole.
  if (isRecord(current) && isRecord(wrote) && isRecord(before)) return revertFields(current, wrote, before, path);
  return { value: current, kept: [path] };
}

function revertFields(current: Plain, wrote: Plain, before: Plain, path: string[]): Reverted {
  const value: Plain = { ...current };
  const kept: string[][] = [];
  for (const key of new Set([...Object.keys(wrote), ...Object.keys(before)])) {
    const field = revertEdits(current[key], wrote[key], before[key], [...path, key]);
    if (field.value === undefined) delete value[key];
    else value[key] = field.value;
    kept.push(...field.kept);
  }
  return { value, kept };
}
