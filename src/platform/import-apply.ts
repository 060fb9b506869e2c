// Applying an import in the background's write queue: merged, size-checked, written in one call,
// with what it changed kept for "Undo import" (import-undo.ts).
import type { Activity } from '../core/activity';
import { localArea } from './cached-storage';
import { boundHistory } from './history-bounds';
import { loadCappedNote, loadHistory, mergeActivities } from './history-store';
import type { ImportPlan } from './import-plan';
import { undoRecord } from './import-undo';
import { STORAGE_KEYS } from './storage-keys';
import { bytesOf, FULL_HEADROOM_BYTES, quotaBytes } from './storage-usage';
import { PROFILE_ITEM, SETTINGS_ITEM } from './stored';
import { loadRaces, mergeRaces, RACES_ITEM } from './races';
import { MAX_SAVED_RACES } from '../core/race/index';
import type { StorageArea } from './versioned-item';
import { queuedWrite } from './write-queue';

/** What an import does to the history, for the preview and the reply (exact counts). */
export interface HistoryChange {
  added: number;
  updated: number;
  /** Stored activities whose cramp log the file does not have: the log is kept. */
  crampLogsKept: number;
  /** Activities of the file the history does not take (older than two years, or beyond the 5,000 cap). */
  outsideLimits: number;
}

const keyOf = (a: Activity) => `${a.source}\u0000${a.id ?? ''}`;

/** The merged history: the stored one with the file's activities upserted (cramp logs kept), bounded from now. */
export function mergeHistory(stored: Activity[], incoming: Activity[], now: Date): { history: Activity[]; capped: number; change: HistoryChange } {
  const before = new Map(stored.map((a) => [keyOf(a), a]));
  const merged = mergeActivities(stored, incoming);
  const bounded = boundHistory(merged.history, now);
  const kept = new Set(bounded.history.map(keyOf));
  const change: HistoryChange = { added: 0, updated: 0, crampLogsKept: 0, outsideLimits: 0 };
  for (const activity of new Map(incoming.map((a) => [keyOf(a), a])).values()) {
    const previous = before.get(keyOf(activity));
    if (!kept.has(keyOf(activity))) change.outsideLimits++;
    else if (!previous) change.added++;
    else if (JSON.stringify(previous) !== JSON.stringify(bounded.history.find((a) => keyOf(a) === keyOf(activity)))) change.updated++;
    if (previous?.cramp && !activity.cramp) change.crampLogsKept++;
  }
  return { history: bounded.history, capped: bounded.capped, change };
}

/** Every item the import writes, from the plan and what is stored now (history merged, not replaced). */
export async function importItems(area: StorageArea, plan: ImportPlan, now: Date): Promise<{ items: Record<string, unknown>; change: HistoryChange }> {
  const items: Record<string, unknown> = {};
  if (plan.profile) items[PROFILE_ITEM.key] = { version: PROFILE_ITEM.version, data: plan.profile };
  if (plan.settings) items[SETTINGS_ITEM.key] = { version: SETTINGS_ITEM.version, data: plan.settings };
  Object.assign(items, plan.manual);
  if (plan.lastAnalysis) items[STORAGE_KEYS.lastAnalysis] = plan.lastAnalysis;
  if (plan.trainingLogImportedAt !== undefined) items[STORAGE_KEYS.trainingLogImportedAt] = plan.trainingLogImportedAt;
  // Races merge by name: the file's replace same-named ones, the others stay (the newest kept within the cap).
  if (plan.races) items[RACES_ITEM.key] = { version: RACES_ITEM.version, data: mergeRaces((await loadRaces(now, area)).value, plan.races).slice(0, MAX_SAVED_RACES) };
  const empty: HistoryChange = { added: 0, updated: 0, crampLogsKept: 0, outsideLimits: 0 };
  if (plan.history.length === 0) return { items, change: empty };
  const merged = mergeHistory((await loadHistory(area, now)).value, plan.history, now);
  items[STORAGE_KEYS.history] = { version: 1, data: merged.history };
  if (merged.capped > 0) items[STORAGE_KEYS.historyCapped] = { count: ((await loadCappedNote(area))?.count ?? 0) + merged.capped, at: now.toISOString() };
  return { items, change: merged.change };
}

export class ImportTooLarge extends Error {}

const local = (): StorageArea => localArea();

/**
 * Applies the plan in the write queue (so an activity stored meanwhile is merged, not lost):
 * the size, the undo copy included, is checked against the quota before anything is written,
 * leaving room for what the runner logs next (a store an import filled would lock them out);
 * everything (the new values and the undo copy) is written in ONE storage call.
 */
export function applyImport(plan: ImportPlan, now: Date, area: StorageArea = local(), quota: number = quotaBytes()): Promise<HistoryChange> {
  return queuedWrite(async () => {
    const { items, change } = await importItems(area, plan, now);
    const stored = await area.get(null);
    const undo = undoRecord(stored, items, now);
    const all = { ...items, [STORAGE_KEYS.importUndo]: undo };
    const replaced = Object.fromEntries(Object.keys(all).filter((k) => k in stored).map((k) => [k, stored[k]]));
    const after = bytesOf(stored) - bytesOf(replaced) + bytesOf(all);
    if (after + FULL_HEADROOM_BYTES > quota) {
      throw new ImportTooLarge(`it needs ${Math.ceil(after / 1024)} kB of the ${Math.floor(quota / 1024)} kB the browser allows, and ${FULL_HEADROOM_BYTES / 1024} kB must stay free`);
    }
    await area.set(all);
    return change;
  });
}
