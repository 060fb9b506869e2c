/**
 * What changed in a panel model, as the weather phase sends it: the second reply of a page read
 * differs from the first in a few values (the looked-up temperature, the read state, the
 * analysis, a notice), so it carries those, not the whole model again. Plain JSON paths, no zod:
 * the content script applies it, and the background has checked the whole model it was made from.
 */
import type { PanelModel } from './messages';

/** A path of object keys; arrays are values, replaced whole. */
export type PatchPath = string[];

export interface PanelPatch {
  /** The number of the reply it builds on (the content script's `seq`); null: a whole model, built on nothing. */
  base: number | null;
  set: [PatchPath, unknown][];
  unset: PatchPath[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Objects are compared key by key, anything else as JSON: a value is sent only where it changed. */
function diffInto(before: unknown, after: unknown, path: PatchPath, patch: Pick<PanelPatch, 'set' | 'unset'>): void {
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(before)) if (!Object.hasOwn(after, key) || after[key] === undefined) patch.unset.push([...path, key]);
    for (const [key, value] of Object.entries(after)) {
      if (value === undefined) continue;
      if (!Object.hasOwn(before, key) || before[key] === undefined) patch.set.push([[...path, key], value]);
      else diffInto(before[key], value, [...path, key], patch);
    }
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) patch.set.push([path, after]);
}

/** `next` as a patch on `previous` (or, without one, as a whole model). */
export function diffPanelModel(previous: { seq: number; model: PanelModel } | null, next: PanelModel): PanelPatch {
  const patch: PanelPatch = { base: previous?.seq ?? null, set: [], unset: [] };
  diffInto(previous?.model ?? {}, next, [], patch);
  return patch;
}

/** A copy of `model` with the patch applied; `model` itself is left as it was. */
export function applyPanelPatch(model: PanelModel | null, patch: PanelPatch): PanelModel {
  const root: Record<string, unknown> = patch.base === null || model === null ? {} : { ...model };
  // Each object on a changed path is copied once before it is written to.
  const copied = new Set<object>([root]);
  const parentOf = (path: PatchPath, create: boolean): Record<string, unknown> | null => {
    let node = root;
    for (const key of path.slice(0, -1)) {
      const child = node[key];
      if (!isRecord(child)) {
        if (!create) return null;
        node[key] = {};
      } else if (!copied.has(child)) node[key] = { ...child };
      node = node[key] as Record<string, unknown>;
      copied.add(node);
    }
    return node;
  };
  for (const path of patch.unset) {
    const parent = parentOf(path, false);
    if (parent) delete parent[path[path.length - 1] as string];
  }
  for (const [path, value] of patch.set) {
    if (path.length === 0) continue;
    (parentOf(path, true) as Record<string, unknown>)[path[path.length - 1] as string] = value;
  }
  return root as unknown as PanelModel;
}
