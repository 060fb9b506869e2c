// "Undo import": takes back what the import changed, and only that. Anything changed since — a
// weigh-in added, a cramp logged, a setting switched — stays, and the runner is told what was kept.
import type { Activity } from '../core/activity';
import { revertEdits } from '../core/revert-edits';
import { localArea } from './cached-storage';
import { boundHistory, checkEntries, HISTORY_ITEM, loadHistory } from './history-store';
import { RACES_ITEM } from './races';
import { STORAGE_KEYS } from './storage-keys';
import { PROFILE_ITEM, SETTINGS_ITEM } from './stored';
import { migrate, type StorageArea, type VersionedItemSpec } from './versioned-item';
import { queuedWrite } from './write-queue';

/** One value the import wrote: as stored before it (absent: nothing was) and as it wrote it. */
export interface UndoEntry<T = unknown> {
  before?: T;
  wrote?: T;
}

/** What the import saves so it can be undone: only what it changed, each as before and as written. */
export interface ImportUndo {
  at: string;
  /** Every key it wrote except the history, as stored values. */
  items: Record<string, UndoEntry>;
  /** The activities it added, changed or dropped, by `<source>:<id>`. */
  activities: Record<string, UndoEntry<Activity>>;
}

const activityKey = (a: Activity) => `${a.source}:${a.id ?? ''}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The undo record of an import about to write `items` over `stored`. */
export function undoRecord(stored: Record<string, unknown>, items: Record<string, unknown>, now: Date): ImportUndo {
  const undo: ImportUndo = { at: now.toISOString(), items: {}, activities: {} };
  for (const [key, wrote] of Object.entries(items)) {
    if (key !== STORAGE_KEYS.history) undo.items[key] = { before: stored[key], wrote };
  }
  if (!(STORAGE_KEYS.history in items)) return undo;
  const byKey = (list: Activity[]) => new Map(list.map((a) => [activityKey(a), a]));
  const before = byKey(checkEntries(stored[STORAGE_KEYS.history], now)?.good ?? []);
  const wrote = byKey((items[STORAGE_KEYS.history] as { data: Activity[] }).data);
  for (const key of new Set([...before.keys(), ...wrote.keys()])) {
    if (!same(before.get(key), wrote.get(key))) undo.activities[key] = { before: before.get(key), wrote: wrote.get(key) };
  }
  return undo;
}

const VERSIONED: Record<string, VersionedItemSpec<unknown>> = Object.fromEntries(
  [PROFILE_ITEM, SETTINGS_ITEM, RACES_ITEM].map((spec) => [spec.key, spec as VersionedItemSpec<unknown>]),
);

/** A versioned value compared by its data in today's version; a value that cannot be read is compared whole. */
function revertItem(key: string, current: unknown, entry: UndoEntry): { value: unknown; kept: string[][] } {
  const spec = VERSIONED[key];
  if (spec) {
    try {
      const data = (raw: unknown) => (raw === undefined ? undefined : migrate(spec, raw));
      const reverted = revertEdits(data(current), data(entry.wrote), data(entry.before), [key]);
      return { ...reverted, value: reverted.value === undefined ? undefined : { version: spec.version, data: reverted.value } };
    } catch {
      // Falls through: compared as stored.
    }
  }
  return revertEdits(current, entry.wrote, entry.before, [key]);
}

function isUndo(value: unknown): value is ImportUndo {
  const undo = value as Partial<ImportUndo> | undefined;
  return typeof undo?.at === 'string' && typeof undo.items === 'object' && undo.items !== null && typeof undo.activities === 'object' && undo.activities !== null;
}

const local = (): StorageArea => localArea();

/** When the last import happened, if it can still be undone (an undo copy of an older layout cannot). */
export async function importUndoAt(area: StorageArea = local()): Promise<string | null> {
  const undo = (await area.get(STORAGE_KEYS.importUndo))[STORAGE_KEYS.importUndo];
  return isUndo(undo) ? undo.at : null;
}

/** What the undo kept because it was changed after the import: storage paths, e.g. ["profile", "bodyMassKg"]. */
export interface UndoResult {
  kept: string[][];
}

/** Takes back the last import; null when there is none to undo. */
export function undoImport(now: Date, area: StorageArea = local()): Promise<UndoResult | null> {
  return queuedWrite(async () => {
    const undo = (await area.get(STORAGE_KEYS.importUndo))[STORAGE_KEYS.importUndo];
    if (!isUndo(undo)) return null;
    const stored = await area.get(Object.keys(undo.items));
    const set: Record<string, unknown> = {};
    const remove = [STORAGE_KEYS.importUndo as string];
    const kept: string[][] = [];
    for (const [key, entry] of Object.entries(undo.items)) {
      const reverted = revertItem(key, stored[key], entry);
      kept.push(...reverted.kept);
      if (reverted.value === undefined) remove.push(key);
      else if (!same(reverted.value, stored[key])) set[key] = reverted.value;
    }
    if (Object.keys(undo.activities).length > 0) {
      const history = new Map((await loadHistory(area, now)).value.map((a) => [activityKey(a), a]));
      for (const [key, entry] of Object.entries(undo.activities)) {
        const reverted = revertEdits(history.get(key), entry.wrote, entry.before, [STORAGE_KEYS.history, key]);
        kept.push(...reverted.kept);
        if (reverted.value === undefined) history.delete(key);
        else history.set(key, reverted.value as Activity);
      }
      const left = boundHistory([...history.values()], now).history;
      // No activities left is no history: the key goes, as it was before an import into an empty store.
      if (left.length === 0) remove.push(STORAGE_KEYS.history);
      else set[STORAGE_KEYS.history] = { version: HISTORY_ITEM.version, data: left };
    }
    await area.set(set);
    await area.remove(remove.filter((key) => !(key in set)));
    return { kept };
  });
}
