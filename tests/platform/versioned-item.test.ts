import { describe, expect, it } from 'vitest';
import { PROFILE_ITEM, SETTINGS_ITEM } from '../../src/platform/stored';
import { loadItem, migrate, type StorageArea, saveItem } from '../../src/platform/versioned-item';

function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => {
      Object.assign(data, items);
    },
  };
}

describe('versioned storage items', () => {
  it('returns defaults when nothing is stored', async () => {
    await expect(loadItem(memoryArea(), PROFILE_ITEM)).resolves.toEqual({ value: { units: 'metric' } });
  });

  it('round-trips a saved value with its version', async () => {
    const area = memoryArea();
    await saveItem(area, PROFILE_ITEM, { units: 'imperial', bodyMassKg: 61.5 });
    expect(area.data.profile).toEqual({ version: 1, data: { units: 'imperial', bodyMassKg: 61.5 } });
    await expect(loadItem(area, PROFILE_ITEM)).resolves.toEqual({ value: { units: 'imperial', bodyMassKg: 61.5 } });
  });

  it('migrates a bare, unversioned value (version 0)', () => {
    expect(migrate(PROFILE_ITEM, { units: 'metric', bodyMassKg: 70 })).toEqual({ units: 'metric', bodyMassKg: 70 });
  });

  it.each([
    ['garbage', 'not json at all'],
    ['a wrong shape', { version: 1, data: { units: 'furlongs' } }],
    ['an impossible body mass', { version: 1, data: { units: 'metric', bodyMassKg: -3 } }],
    ['a version from the future', { version: 99, data: { units: 'metric' } }],
  ])('keeps %s aside, uses defaults and says so', async (_, stored) => {
    const area = memoryArea({ profile: stored });
    const loaded = await loadItem(area, PROFILE_ITEM);
    expect(loaded).toEqual({ value: { units: 'metric' }, recovered: { key: 'profile', backupKey: 'backup:profile' } });
    expect(area.data['backup:profile']).toEqual(stored);
    // The original is not deleted either: nothing the runner entered is lost.
    expect(area.data.profile).toEqual(stored);
  });

  it('refuses to save an invalid value over a good one', async () => {
    const area = memoryArea();
    await saveItem(area, SETTINGS_ITEM, { sites: { strava: true }, panelCollapsed: true });
    await expect(saveItem(area, SETTINGS_ITEM, { sites: {}, panelCollapsed: 'yes' } as never)).rejects.toThrow(/invalid settings/);
    expect(area.data.settings).toEqual({ version: 1, data: { sites: { strava: true }, panelCollapsed: true } });
  });
});
