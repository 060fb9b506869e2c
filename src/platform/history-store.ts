import { type Activity, ActivitySchema, type CrampLog } from '../core/activity';
import { z } from '../core/zod';
import { browser } from './browser';
import { STORAGE_KEYS } from './storage-keys';
import { type Loaded, loadItem, type StorageArea, saveItem, type VersionedItemSpec } from './versioned-item';
import { wallClockMs } from '../core/start-time';

/** At most this many activities are kept; beyond it the oldest go first. */
export const MAX_HISTORY = 5_000;
/** Nothing older than this before the newest stored activity is kept. */
export const MAX_HISTORY_AGE_MS = 2 * 365.25 * 24 * 3600 * 1000;

/**
 * The runner's past activities, oldest first (undated ones before all dated ones). Only
 * activities with an id are kept, one per (source, id). A stored history that cannot be read
 * is kept aside as `backup:history` by loadItem and an empty history is used instead.
 */
export const HISTORY_ITEM: VersionedItemSpec<Activity[]> = {
  key: STORAGE_KEYS.history,
  version: 1,
  schema: z.array(ActivitySchema),
  defaults: [],
  migrations: { 0: (data) => data },
};

const startMs = (a: Activity): number => wallClockMs(a.startTime) ?? Number.NEGATIVE_INFINITY;

const keyOf = (a: { source: string; id?: string }) => `${a.source}\u0000${a.id ?? ''}`;

/** Sorts oldest first and applies the bounds: 2 years before the newest, then at most `MAX_HISTORY`. */
export function boundHistory(history: readonly Activity[]): Activity[] {
  const sorted = history
    .map((activity, index) => ({ activity, index, ms: startMs(activity) }))
    .sort((a, b) => a.ms - b.ms || a.index - b.index);
  const newest = sorted.length > 0 ? (sorted[sorted.length - 1]?.ms ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY;
  // Undated activities cannot be aged out; they count as the oldest when the cap applies.
  const kept = sorted.filter(({ ms }) => ms === Number.NEGATIVE_INFINITY || !Number.isFinite(newest) || ms >= newest - MAX_HISTORY_AGE_MS);
  return kept.slice(Math.max(0, kept.length - MAX_HISTORY)).map(({ activity }) => activity);
}

/**
 * Adds or replaces activities by (source, id). An activity seen again takes its new values but
 * keeps the cramp log it had unless it brings one of its own. Activities without id are ignored.
 */
export function mergeActivities(history: readonly Activity[], incoming: readonly Activity[]): { history: Activity[]; added: number; changed: boolean } {
  const byKey = new Map(history.map((a) => [keyOf(a), a]));
  let added = 0;
  let changed = false;
  for (const activity of incoming) {
    if (!activity.id) continue;
    const key = keyOf(activity);
    const previous = byKey.get(key);
    if (!previous) added++;
    const cramp = activity.cramp ?? previous?.cramp;
    const next = cramp ? { ...activity, cramp } : activity;
    if (previous && JSON.stringify(previous) === JSON.stringify(next)) continue;
    changed = true;
    // Deleted and re-inserted so the map keeps the newest reading last (ties in sorting).
    byKey.delete(key);
    byKey.set(key, next);
  }
  return { history: changed ? boundHistory([...byKey.values()]) : [...history], added, changed };
}

const local = (): StorageArea => browser.storage.local as unknown as StorageArea;

/** Read-modify-write steps run one after another, so two tabs never overwrite each other's upsert. */
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(step: () => Promise<T>): Promise<T> {
  const result = queue.then(step, step);
  queue = result.catch(() => undefined);
  return result;
}

export const loadHistory = (area: StorageArea = local()): Promise<Loaded<Activity[]>> => loadItem(area, HISTORY_ITEM);

/** Upserts `activities`; returns how many were new and the history as now stored. */
export function upsertActivities(activities: readonly Activity[], area: StorageArea = local()): Promise<{ added: number; history: Activity[] }> {
  return serialized(async () => {
    const { value } = await loadHistory(area);
    const merged = mergeActivities(value, activities);
    // The same page viewed again changes nothing: no need to rewrite up to 5,000 activities.
    const history = merged.changed ? await saveItem(area, HISTORY_ITEM, merged.history) : value;
    return { added: merged.added, history };
  });
}

/** Stores the runner's cramp log on one activity; null when that activity is not in the history. */
export function setCrampLog(source: string, id: string, cramp: CrampLog, area: StorageArea = local()): Promise<{ activity: Activity; history: Activity[] } | null> {
  return serialized(async () => {
    const { value } = await loadHistory(area);
    const index = value.findIndex((a) => a.source === source && a.id === id);
    const found = value[index];
    if (!found) return null;
    const activity = { ...found, cramp };
    const next = value.slice();
    next[index] = activity;
    const history = await saveItem(area, HISTORY_ITEM, next);
    return { activity, history };
  });
}
