import { DEFAULT_PROFILE, type Profile, ProfileSchema } from '../core/profile';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from './settings';
import { STORAGE_KEYS } from './storage-keys';
import type { VersionedItemSpec } from './versioned-item';

/**
 * Every versioned value the extension keeps in storage.local. Version 0 is a bare object
 * without an envelope (how values look if written by hand or by an import); version 1 wraps it.
 */
export const PROFILE_ITEM: VersionedItemSpec<Profile> = {
  key: STORAGE_KEYS.profile,
  version: 1,
  schema: ProfileSchema,
  defaults: DEFAULT_PROFILE,
  migrations: { 0: (data) => data },
};

export const SETTINGS_ITEM: VersionedItemSpec<Settings> = {
  key: STORAGE_KEYS.settings,
  version: 1,
  schema: SettingsSchema,
  defaults: DEFAULT_SETTINGS,
  migrations: { 0: (data) => data },
};
