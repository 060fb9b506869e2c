/**
 * Races the runner saved by name (the race page), in one versioned item: read, saved and deleted
 * through the background's write queue; exported with everything else, imported by name
 * (import-plan.ts), gone with "Delete all data".
 */
import { type SavedRace, SavedRaceSchema, SavedRacesSchema } from '../core/race/index';
import { matchRace } from '../core/race/review';
import { localArea } from './cached-storage';
import { STORAGE_KEYS } from './storage-keys';
import { type Loaded, loadItem, saveItem, type StorageArea, type VersionedItemSpec } from './versioned-item';
import { queuedWrite } from './write-queue';

export const RACES_ITEM: VersionedItemSpec<SavedRace[]> = {
  key: STORAGE_KEYS.races,
  version: 1,
  schema: SavedRacesSchema,
  defaults: [],
  migrations: { 0: (data) => data },
};

// Through the worker's cache (cached-storage.ts): every page read looks for a race, and reads nothing again.
const local = (): StorageArea => localArea();

export const loadRaces = (now: Date = new Date(), area: StorageArea = local()): Promise<Loaded<SavedRace[]>> => loadItem(area, RACES_ITEM, now);

/**
 * The saved race a runner's activity is (core/race/review.ts matchRace), for every page read. Only
 * the races on the activity's date are parsed: parsing all 50 saved courses would take far longer
 * than the read itself (10 races of a marathon's profile: 10 ms a parse). An older stored version
 * goes the long way, through its migration.
 */
export async function raceOfActivity(activity: { startTime?: string; distanceM?: number }, now: Date, area: StorageArea = local()): Promise<SavedRace | null> {
  const date = activity.startTime?.slice(0, 10);
  if (!date || activity.distanceM === undefined) return null;
  const stored = (await area.get(RACES_ITEM.key))[RACES_ITEM.key] as { version?: unknown; data?: unknown } | undefined;
  if (stored === undefined) return null;
  if (stored.version !== RACES_ITEM.version || !Array.isArray(stored.data)) return matchRace((await loadRaces(now, area)).value, activity);
  const sameDay = stored.data.filter((race) => (race as { date?: unknown } | null)?.date === date);
  return matchRace(sameDay.flatMap((race) => { const parsed = SavedRaceSchema.safeParse(race); return parsed.success ? [parsed.data] : []; }), activity);
}

/** `incoming` races replace stored ones of the same name; the others stay, newest first. */
export function mergeRaces(stored: readonly SavedRace[], incoming: readonly SavedRace[]): SavedRace[] {
  const names = new Set(incoming.map((r) => r.name));
  return [...incoming, ...stored.filter((r) => !names.has(r.name))];
}

/** Saves (or replaces, by name) one race. Refused beyond the cap rather than dropping an old one silently. */
export function saveRace(race: SavedRace, now: Date, area: StorageArea = local()): Promise<SavedRace[]> {
  return queuedWrite(async () => {
    const merged = mergeRaces((await loadRaces(now, area)).value, [race]);
    return saveItem(area, RACES_ITEM, merged);
  });
}

export function deleteRace(name: string, now: Date, area: StorageArea = local()): Promise<SavedRace[]> {
  return queuedWrite(async () => saveItem(area, RACES_ITEM, (await loadRaces(now, area)).value.filter((r) => r.name !== name)));
}
