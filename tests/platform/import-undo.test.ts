// "Undo import" takes back what the import changed and nothing else: a weigh-in added, a cramp
// logged, a value changed after the import all stay, and the reply names what was kept.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activity';
import { createHandlers } from '../../src/background/handlers';
import { BACKUP_FORMAT } from '../../src/platform/backup';
import { loadHistory, setCrampLog, upsertActivities } from '../../src/platform/history-store';
import { listen, send } from '../../src/platform/messaging';
import type { Profile } from '../../src/core/profile';
import { fakeBrowser } from '../setup/fake-browser';

const NOW = new Date('2026-11-01T07:00:00Z');
const DAY = 86_400_000;
const local = () => fakeBrowser().storage.local;
const stored = async (key: string) => (await local().get(key))[key];
const file = (data: Record<string, unknown>) => JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, data });
const run = (id: string, daysBefore: number, extra: Partial<Activity> = {}): Activity => ({
  source: 'strava',
  id,
  sport: 'run',
  movingS: 3000,
  distanceM: 8000,
  startTime: new Date(NOW.getTime() - daysBefore * DAY).toISOString().slice(0, 19),
  ...extra,
});
const weighIn = (date: string) => ({ date, preKg: 64, postKg: 63, drankL: 0.2, durationH: 1 });
const MINE: Profile = { units: 'metric', bodyMassKg: 70, sweatTests: [weighIn('2026-05-01'), weighIn('2026-06-01')] };
const IMPORTED: Profile = { units: 'imperial', bodyMassKg: 64, sweatTests: [weighIn('2026-05-01')] };
const profile = async () => (await stored('profile') as { data: Profile }).data;
const activity = async (id: string) => (await loadHistory(undefined, NOW)).value.find((a) => a.id === id);

async function importOverMine() {
  await local().set({ profile: { version: 2, data: MINE } });
  await upsertActivities([run('mine', 5)], { now: NOW });
  listen(createHandlers(() => NOW));
  await send({ type: 'import-data', text: file({ profile: { version: 2, data: IMPORTED }, history: [run('mine', 5, { distanceM: 9000 }), run('new', 2)] }) });
}

describe('undo import', () => {
  it('keeps a weigh-in added and a cramp logged after the import, and takes back what the import changed', async () => {
    await importOverMine();
    await send({ type: 'save-profile', base: IMPORTED, profile: { ...IMPORTED, sweatTests: [...(IMPORTED.sweatTests ?? []), weighIn('2026-10-30')] } });
    await setCrampLog('strava', 'mine', { cramped: true, muscles: ['calves'] }, { now: NOW });

    const reply = await send({ type: 'undo-import' });

    const back = await profile();
    expect(back.bodyMassKg).toBe(70);
    expect(back.units).toBe('metric');
    expect(back.sweatTests?.map((test) => test.date).sort()).toEqual(['2026-05-01', '2026-06-01', '2026-10-30']);
    expect(await activity('mine')).toMatchObject({ distanceM: 8000, cramp: { cramped: true, muscles: ['calves'] } });
    expect(await activity('new')).toBeUndefined();
    expect(reply).toEqual({ kept: [] });
  });

  it('keeps a value changed since and says so; an activity the import added and the runner logged on stays', async () => {
    await importOverMine();
    await send({ type: 'save-profile', base: IMPORTED, profile: { ...IMPORTED, bodyMassKg: 66 } });
    await setCrampLog('strava', 'new', { cramped: false }, { now: NOW });

    const reply = await send({ type: 'undo-import' });

    expect(await profile()).toMatchObject({ bodyMassKg: 66, units: 'metric' });
    expect(await activity('new')).toMatchObject({ cramp: { cramped: false } });
    expect(await activity('mine')).toMatchObject({ distanceM: 8000 });
    expect(reply?.kept).toEqual([['profile', 'bodyMassKg'], ['history', 'strava:new']]);
  });

  it('a setting switched after the import stays; the one the import switched goes back', async () => {
    await local().set({ settings: { version: 1, data: { sites: { strava: true, runalyze: false }, panelCollapsed: false } } });
    listen(createHandlers(() => NOW));
    const imported = { sites: { strava: false, runalyze: false }, panelCollapsed: true };
    await send({ type: 'import-data', text: file({ settings: imported }) });
    await send({ type: 'save-settings', base: imported, settings: { ...imported, sites: { strava: false, runalyze: true } } });

    await send({ type: 'undo-import' });

    expect(await stored('settings')).toMatchObject({ data: { sites: { strava: true, runalyze: true }, panelCollapsed: false } });
  });

  it('an import that added a value nobody changed since removes it again, and the undo copy with it', async () => {
    listen(createHandlers(() => NOW));
    await send({ type: 'import-data', text: file({ 'manual:strava:9': { movingS: 90 }, history: [run('new', 2)] }) });
    await expect(send({ type: 'undo-import' })).resolves.toEqual({ kept: [] });
    expect(await local().get(null)).toEqual({});
  });
});
