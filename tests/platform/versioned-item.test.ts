import { describe, expect, it } from 'vitest';
import { PROFILE_ITEM, SETTINGS_ITEM } from '../../src/platform/stored';
import { loadItem, migrate, type StorageArea, saveItem } from '../../src/platform/versioned-item';

function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => {
      const keys = key === null ? Object.keys(data) : Array.isArray(key) ? key : [key];
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
    },
    set: async (items) => {
      Object.assign(data, items);
    },
    remove: async (keys) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

const NOW = new Date('2026-11-01T07:00:00Z');

describe('versioned storage items', () => {
  it('returns defaults when nothing is stored', async () => {
    await expect(loadItem(memoryArea(), PROFILE_ITEM)).resolves.toEqual({ value: { units: 'metric' } });
  });

  it('round-trips a saved value with its version', async () => {
    const area = memoryArea();
    await saveItem(area, PROFILE_ITEM, { units: 'imperial', bodyMassKg: 61.5 });
    expect(area.data.profile).toEqual({ version: 2, data: { units: 'imperial', bodyMassKg: 61.5 } });
    await expect(loadItem(area, PROFILE_ITEM)).resolves.toEqual({ value: { units: 'imperial', bodyMassKg: 61.5 } });
  });

  it('version 2 drops only an implausible sweat sodium (> 2,300 mg/L, issue 11.3), keeping the rest of the profile', async () => {
    const area = memoryArea();
    area.data.profile = { version: 1, data: { units: 'metric', bodyMassKg: 70, sweatSodiumMgPerL: 2500 } };
    await expect(loadItem(area, PROFILE_ITEM)).resolves.toEqual({ value: { units: 'metric', bodyMassKg: 70 } });
    area.data.profile = { version: 1, data: { units: 'metric', sweatSodiumMgPerL: 2300 } };
    await expect(loadItem(area, PROFILE_ITEM)).resolves.toEqual({ value: { units: 'metric', sweatSodiumMgPerL: 2300 } });
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
    const loaded = await loadItem(area, PROFILE_ITEM, NOW);
    const backupKey = 'backup:profile:2026-11-01T07:00:00.000Z';
    expect(loaded).toEqual({ value: { units: 'metric' }, recovered: { key: 'profile', backupKey, at: '2026-11-01T07:00:00.000Z' } });
    expect(area.data[backupKey]).toEqual(stored);
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

describe('kept-aside copies', () => {
  const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

  it('never overwrites an earlier copy: a second, different damage gets its own dated copy', async () => {
    const area = memoryArea({ profile: 'first damage' });
    await loadItem(area, PROFILE_ITEM, NOW);
    area.data.profile = { version: 1, data: { units: 'furlongs' } };
    await loadItem(area, PROFILE_ITEM, later(1));
    expect(area.data['backup:profile:2026-11-01T07:00:00.000Z']).toBe('first damage');
    expect(area.data['backup:profile:2026-11-02T07:00:00.000Z']).toEqual({ version: 1, data: { units: 'furlongs' } });
  });

  it('copies the same damage once, however often it is read', async () => {
    const area = memoryArea({ profile: 'damaged' });
    for (let day = 0; day < 3; day++) await loadItem(area, PROFILE_ITEM, later(day));
    expect(Object.keys(area.data).filter((k) => k.startsWith('backup:'))).toEqual(['backup:profile:2026-11-01T07:00:00.000Z']);
  });

  it('keeps the newest five copies of one key', async () => {
    const area = memoryArea();
    for (let day = 0; day < 7; day++) {
      area.data.profile = `damage ${day}`;
      await loadItem(area, PROFILE_ITEM, later(day));
    }
    const copies = Object.keys(area.data).filter((k) => k.startsWith('backup:profile:')).sort();
    expect(copies).toHaveLength(5);
    expect(area.data[copies[0] as string]).toBe('damage 2');
    expect(area.data[copies[4] as string]).toBe('damage 6');
  });
});
