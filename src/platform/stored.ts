import { PROFILE_LIMITS } from '../core/limits';
import { DEFAULT_PROFILE, type Profile, ProfileSchema } from '../core/profile';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from './settings';
import { STORAGE_KEYS } from './storage-keys';
import type { VersionedItemSpec } from './versioned-item';

/**
 * Every versioned value the extension keeps in storage.local. Version 0 is a bare object
 * without an envelope (how values look if written by hand or by an import); version 1 wraps it.
 */
/**
 * Version 2: a sweat sodium above 2,300 mg/L is no longer accepted (not plausible for a
 * healthy adult; a unit mix-up). A profile saved with one keeps everything else: only that value goes,
 * instead of the whole profile failing its schema and being set aside.
 */
function dropImplausibleSodium(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const { sweatSodiumMgPerL, ...rest } = data as Record<string, unknown>;
  return typeof sweatSodiumMgPerL === 'number' && sweatSodiumMgPerL > PROFILE_LIMITS.sweatSodiumMgPerL.max ? rest : data;
}

export const PROFILE_ITEM: VersionedItemSpec<Profile> = {
  key: STORAGE_KEYS.profile,
  version: 2,
  schema: ProfileSchema,
  defaults: DEFAULT_PROFILE,
  migrations: { 0: (data) => data, 1: dropImplausibleSodium },
};

export const SETTINGS_ITEM: VersionedItemSpec<Settings> = {
  key: STORAGE_KEYS.settings,
  version: 1,
  schema: SettingsSchema,
  defaults: DEFAULT_SETTINGS,
  migrations: { 0: (data) => data },
};
