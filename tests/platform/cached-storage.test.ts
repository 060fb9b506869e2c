import { describe, expect, it, vi } from 'vitest';
import { batchedWrites } from '../../src/platform/cached-storage';
import { loadHistory, upsertActivities } from '../../src/platform/history-store';
import { loadProfile, loadSettings, saveProfile } from '../../src/platform/storage';
import { STORAGE_KEYS } from '../../src/platform/storage-keys';
import { fakeBrowser } from '../setup/fake-browser';

const NOW = new Date('2026-06-01T12:00:00Z');
const run = (id: string, day: number) => ({ source: 'strava', id, sport: 'run' as const, movingS: 3600, distanceM: 10_000, startTime: `2026-05-${String(day).padStart(2, '0')}T07:00:00` });
const stored = (activities: unknown[]) => ({ [STORAGE_KEYS.history]: { version: 1, data: activities }, profile: { version: 2, data: { units: 'metric', bodyMassKg: 70 } } });

describe('storage, read once per worker lifetime', () => {
  it('reads storage.local once, whole, however many values are loaded how often', async () => {
    await fakeBrowser().storage.local.set(stored([run('a', 1), run('b', 2)]));
    const get = vi.spyOn(fakeBrowser().storage.local, 'get');
    for (let i = 0; i < 3; i++) {
      await loadProfile(NOW);
      await loadSettings(NOW);
      await loadHistory(undefined, NOW);
    }
    expect(get.mock.calls).toEqual([[null]]);
  });

  it('validates the history once: the same stored value gives the same checked entries', async () => {
    await fakeBrowser().storage.local.set(stored([run('a', 1)]));
    const first = (await loadHistory(undefined, NOW)).value;
    expect((await loadHistory(undefined, NOW)).value).toBe(first);
    expect(first.map((a) => a.id)).toEqual(['a']);
  });

  it("keeps its own writes without reading again, and the history it wrote counts as checked", async () => {
    await fakeBrowser().storage.local.set(stored([run('a', 1)]));
    await loadHistory(undefined, NOW);
    const get = vi.spyOn(fakeBrowser().storage.local, 'get');
    const { history } = await upsertActivities([run('b', 2)], { now: NOW });
    await saveProfile({ units: 'imperial' });
    expect((await loadHistory(undefined, NOW)).value).toBe(history);
    expect((await loadProfile(NOW)).value.units).toBe('imperial');
    expect(get).not.toHaveBeenCalled();
  });

  it('is invalidated by storage.onChanged: another context writing or removing a value is seen at once', async () => {
    await fakeBrowser().storage.local.set(stored([run('a', 1)]));
    const before = (await loadHistory(undefined, NOW)).value;
    // Written to the browser's storage directly, as another context would: only onChanged tells us.
    await fakeBrowser().storage.local.set({ [STORAGE_KEYS.history]: { version: 1, data: [run('a', 1), run('c', 3)] } });
    const after = (await loadHistory(undefined, NOW)).value;
    expect(after).not.toBe(before);
    expect(after.map((a) => a.id)).toEqual(['a', 'c']);
    await fakeBrowser().storage.local.remove('profile');
    expect((await loadProfile(NOW)).value).toEqual({ units: 'metric' });
  });

  it('reads again after a write the browser refused, so a failed write never shows as stored', async () => {
    await fakeBrowser().storage.local.set(stored([run('a', 1)]));
    await loadHistory(undefined, NOW);
    vi.spyOn(fakeBrowser().storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(upsertActivities([run('b', 2)], { now: NOW })).rejects.toThrow('quota');
    expect((await loadHistory(undefined, NOW)).value.map((a) => a.id)).toEqual(['a']);
  });

  it('holds the writes of a batch for one write per area: seen at once here, another context’s later change still seen', async () => {
    await fakeBrowser().storage.local.set(stored([run('a', 1)]));
    await loadHistory(undefined, NOW);
    const set = vi.spyOn(fakeBrowser().storage.local, 'set');
    await batchedWrites(async () => {
      await upsertActivities([run('b', 2)], { now: NOW });
      await saveProfile({ units: 'imperial' });
      await saveProfile({ units: 'metric', bodyMassKg: 71 });
      expect((await loadHistory(undefined, NOW)).value.map((a) => a.id)).toEqual(['a', 'b']);
      expect(set).not.toHaveBeenCalled();
    });
    expect(set).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser().storage.local.get('profile')).profile).toMatchObject({ data: { bodyMassKg: 71 } });
    // The profile was written twice in the batch but changed once in the browser: a change from elsewhere is not taken for our own.
    await fakeBrowser().storage.local.set({ profile: { version: 2, data: { units: 'imperial', bodyMassKg: 60 } } });
    expect((await loadProfile(NOW)).value).toMatchObject({ units: 'imperial', bodyMassKg: 60 });
  });

  it('a batch whose one write the browser refuses fails, and what it held is read again from the browser', async () => {
    await fakeBrowser().storage.local.set(stored([run('a', 1)]));
    await loadHistory(undefined, NOW);
    vi.spyOn(fakeBrowser().storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(batchedWrites(() => upsertActivities([run('b', 2)], { now: NOW }))).rejects.toThrow('quota');
    expect((await loadHistory(undefined, NOW)).value.map((a) => a.id)).toEqual(['a']);
  });
});
