/**
 * Races the runner saved by name (the race page), in one versioned item: read, saved and deleted
 * through the background's write queue; exported with everything else, imported by name
 * (import-plan.ts), gone with "Delete all data".
 */
import { type SavedRace, SavedRacesSchema } from '../core/race/index';
import { browser } from './browser';
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

const local = (): StorageArea => browser.storage.local as unknown as StorageArea;

export const loadRaces = (now: Date = new Date(), area: StorageArea = local()): Promise<Loaded<SavedRace[]>> => loadItem(area, RACES_ITEM, now);

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
