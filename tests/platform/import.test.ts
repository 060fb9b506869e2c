// Import that cannot hurt (issue 12.4): through the schemas, size-checked before writing, one
// storage call, undoable, merged with the history in the background's write queue.
import { storeAndAnalyze } from '../../src/background/history';
import { describe, expect, it, vi } from 'vitest';
import type { Activity } from '../../src/core/activity';
import { createHandlers } from '../../src/background/handlers';
import { BACKUP_FORMAT, exportBackup, parseBackup } from '../../src/platform/backup';
import { loadHistory, MAX_HISTORY, upsertActivities } from '../../src/platform/history-store';
import { listen, send } from '../../src/platform/messaging';
import { bytesOf, FULL_HEADROOM_BYTES } from '../../src/platform/storage-usage';
import { fakeBrowser } from '../setup/fake-browser';

const NOW = new Date('2026-11-01T07:00:00Z');
const DAY = 86_400_000;
const local = () => fakeBrowser().storage.local;
const stored = async (key: string) => (await local().get(key))[key];
const file = (data: Record<string, unknown>) => JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, data });
const run = (id: string, daysBefore = 1, extra: Partial<Activity> = {}): Activity => ({
  source: 'strava',
  id,
  sport: 'run',
  movingS: 3000,
  distanceM: 8000,
  startTime: new Date(NOW.getTime() - daysBefore * DAY).toISOString().slice(0, 19),
  ...extra,
});
const weighIn = (date: string) => ({ date, preKg: 64, postKg: 63, drankL: 0.2, durationH: 1 });
const MY_PROFILE = { version: 1, data: { units: 'metric', bodyMassKg: 70, sweatTests: [weighIn('2026-05-01'), weighIn('2026-06-01')] } };

describe('import', () => {
  it('passes every value through the schemas: unknown fields dropped, history limits applied', async () => {
    listen(createHandlers(() => NOW));
    const many = Array.from({ length: 6_000 }, (_, i) => ({ ...run(`r${i}`, i / 10), injected: '<img src=x>' }));
    await send({
      type: 'import-data',
      text: file({ profile: { version: 1, data: { units: 'metric', bodyMassKg: 64, script: 'alert(1)' } }, history: many, 'manual:strava:1': { movingS: 60, evil: true } }),
    });
    expect(await stored('profile')).toEqual({ version: 2, data: { units: 'metric', bodyMassKg: 64 } });
    expect(await stored('manual:strava:1')).toEqual({ movingS: 60 });
    const history = (await loadHistory(undefined, NOW)).value;
    expect(history).toHaveLength(MAX_HISTORY);
    expect(history.some((a) => 'injected' in a)).toBe(false);
  });

  it('never imports kept-aside copies', async () => {
    listen(createHandlers(() => NOW));
    await send({ type: 'import-data', text: file({ 'backup:profile:2026-01-01T00:00:00.000Z': 'anything', 'backup:history': [1] }) });
    expect(Object.keys(await local().get(null)).filter((k) => k.startsWith('backup:'))).toEqual([]);
  });

  it('fails at the quota before writing anything: the profile and its weigh-in tests stay', async () => {
    await local().set({ profile: MY_PROFILE });
    listen(createHandlers(() => NOW));
    const before = await local().get(null);
    local().QUOTA_BYTES = 60_000;
    const history = Array.from({ length: 1_000 }, (_, i) => run(`r${i}`, i / 10));
    await expect(send({ type: 'import-data', text: file({ profile: { units: 'metric', bodyMassKg: 55 }, history }) })).rejects.toThrow(/kB the browser allows/);
    expect(await local().get(null)).toEqual(before);
  });

  it('refuses a 10 MB muscle name with its limit, before writing anything, in the preview and in the background', async () => {
    await local().set({ profile: MY_PROFILE });
    listen(createHandlers(() => NOW));
    const before = await local().get(null);
    const text = file({ profile: { version: 2, data: { units: 'metric', crampMuscles: ['x'.repeat(10_000_000)] } } });
    const preview = parseBackup(text, NOW);
    expect('error' in preview && preview.error).toBe("This export can't be used: in profile, crampMuscles.0 is longer than the 100 characters allowed. Nothing was changed.");
    await expect(send({ type: 'import-data', text })).rejects.toThrow(/100 characters/);
    expect(await local().get(null)).toEqual(before);
  });

  it('counts the undo copy: a file that fits alone but not with the copy kept for "Undo import" is refused before writing', async () => {
    await upsertActivities(Array.from({ length: 600 }, (_, i) => run(`r${i}`, i / 10)), { now: NOW });
    listen(createHandlers(() => NOW));
    const before = await local().get(null);
    // Every activity changed: the new history alone takes what the old one did; its undo copy as much again, or more.
    local().QUOTA_BYTES = 2 * bytesOf(before) + FULL_HEADROOM_BYTES;
    const changed = Array.from({ length: 600 }, (_, i) => run(`r${i}`, i / 10, { distanceM: 9000 }));
    await expect(send({ type: 'import-data', text: file({ history: changed }) })).rejects.toThrow(/kB the browser allows/);
    expect(await local().get(null)).toEqual(before);
  });

  it('leaves room for what the runner logs next: an import that would fill the store to its last kilobytes is refused', async () => {
    await local().set({ profile: MY_PROFILE });
    listen(createHandlers(() => NOW));
    const before = await local().get(null);
    const text = file({ profile: { version: 2, data: { units: 'metric', bodyMassKg: 64 } }, history: [run('a')] });
    // What the store holds after this import, undo copy included, measured once with room to spare.
    await send({ type: 'import-data', text });
    const after = bytesOf(await local().get(null));
    await local().remove(Object.keys(await local().get(null)));
    await local().set(before);
    local().QUOTA_BYTES = after + FULL_HEADROOM_BYTES - 1;
    await expect(send({ type: 'import-data', text })).rejects.toThrow(/must stay free/);
    expect(await local().get(null)).toEqual(before);
    local().QUOTA_BYTES = after + FULL_HEADROOM_BYTES;
    await expect(send({ type: 'import-data', text })).resolves.toMatchObject({ added: 1 });
    expect(bytesOf(await local().get(null))).toBe(after);
  });

  it('writes everything in one storage call', async () => {
    listen(createHandlers(() => NOW));
    const set = vi.spyOn(local(), 'set');
    await send({ type: 'import-data', text: file({ profile: { units: 'metric' }, settings: { sites: { strava: true }, panelCollapsed: true }, history: [run('a')], 'manual:strava:1': { movingS: 60 } }) });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]?.[0] ?? {}).sort()).toEqual(['history', 'importUndo', 'manual:strava:1', 'profile', 'settings']);
  });

  it('merges the history by activity: stored cramp logs are kept, nothing stored is lost', async () => {
    await upsertActivities([run('mine', 3, { cramp: { cramped: true, muscles: ['calves'] } }), run('only-here', 4)], { now: NOW });
    listen(createHandlers(() => NOW));
    const reply = await send({ type: 'import-data', text: file({ history: { version: 1, data: [run('mine', 3, { distanceM: 9000 }), run('new', 2)] } }) });
    expect(reply).toEqual({ added: 1, updated: 1, crampLogsKept: 1, outsideLimits: 0 });
    const history = (await loadHistory(undefined, NOW)).value;
    expect(history.map((a) => a.id).sort()).toEqual(['mine', 'new', 'only-here']);
    expect(history.find((a) => a.id === 'mine')).toMatchObject({ distanceM: 9000, cramp: { cramped: true, muscles: ['calves'] } });
  });

  it('what was taken travels like a cramp log: imported, kept when the file lacks it, exported, and gone with delete-all', async () => {
    const intake = { fluidMl: 500, massBeforeKg: 70, massAfterKg: 69.4 };
    await upsertActivities([run('mine', 3, { intake })], { now: NOW });
    listen(createHandlers(() => NOW));
    const products = [{ name: 'My mix', kind: 'drink', volumeMl: 500, carbsG: 30, sodiumMg: 400 }];
    await send({
      type: 'import-data',
      text: file({
        profile: { version: 1, data: { units: 'metric', products } },
        history: { version: 1, data: [run('mine', 3, { distanceM: 9000 }), run('theirs', 2, { intake: { carbsG: 60 } })] },
      }),
    });
    expect(await stored('profile')).toMatchObject({ data: { units: 'metric', products } });
    const history = (await loadHistory(undefined, NOW)).value;
    expect(history.find((a) => a.id === 'mine')).toMatchObject({ distanceM: 9000, intake });
    expect(history.find((a) => a.id === 'theirs')?.intake).toEqual({ carbsG: 60 });
    const exported = JSON.stringify(await exportBackup(NOW));
    expect(exported).toContain('"massAfterKg":69.4');
    expect(exported).toContain('"My mix"');
    await send({ type: 'delete-all-data' });
    expect((await loadHistory(undefined, NOW)).value).toEqual([]);
    expect(await stored('profile')).toBeUndefined();
  });

  it('an import racing an activity the worker stores loses neither', async () => {
    listen(createHandlers(() => NOW));
    await Promise.all([
      send({ type: 'import-data', text: file({ history: [run('imported', 2)] }) }),
      // What the page flow does with the runner's own activity (src/background/page.ts).
      storeAndAnalyze(run('viewed', 0), { units: 'metric' }, NOW, NOW.getTime()),
    ]);
    expect((await loadHistory(undefined, NOW)).value.map((a) => a.id).sort()).toEqual(['imported', 'viewed']);
  });

  it('"Undo import" puts back what it replaced, and keeps activities opened since', async () => {
    await local().set({ profile: MY_PROFILE });
    await upsertActivities([run('before', 5, { cramp: { cramped: false } })], { now: NOW });
    listen(createHandlers(() => NOW));
    await send({ type: 'import-data', text: file({ profile: { units: 'imperial' }, history: [run('imported', 2)], 'manual:strava:9': { movingS: 90 } }) });
    expect((await send({ type: 'get-profile' })).importUndoAt).toBe(NOW.toISOString());
    await storeAndAnalyze(run('since', 0), { units: 'metric' }, NOW, NOW.getTime());
    await expect(send({ type: 'undo-import' })).resolves.toEqual({ kept: [] });
    expect(await stored('profile')).toEqual({ ...MY_PROFILE, version: 2 });
    expect(await stored('manual:strava:9')).toBeUndefined();
    const history = (await loadHistory(undefined, NOW)).value;
    expect(history.map((a) => a.id).sort()).toEqual(['before', 'since']);
    expect(history.find((a) => a.id === 'before')?.cramp).toEqual({ cramped: false });
    expect((await send({ type: 'get-profile' })).importUndoAt).toBeUndefined();
    await expect(send({ type: 'undo-import' })).resolves.toBeNull();
  });
});
