// Saved races: stored by name in one versioned item, exported with everything, imported by name,
// gone with "Delete all data", and a damaged stored value kept aside rather than lost.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { BACKUP_FORMAT } from '../../src/platform/backup';
import { listen, send } from '../../src/platform/messaging';
import { fakeBrowser } from '../setup/fake-browser';

const NOW = new Date('2026-09-01T07:00:00Z');
const local = () => fakeBrowser().storage.local;
const race = (name: string, goalTimeS = 12_600) => ({
  name,
  course: { distanceM: 42_195, points: [{ atM: 0, eleM: 30 }, { atM: 42_195, eleM: 35 }] },
  date: '2026-09-27',
  time: '09:15',
  goalTimeS,
  sport: 'run' as const,
  stations: [{ atM: 5000, offers: ['water' as const] }],
});
const names = (races: { name: string }[]) => races.map((r) => r.name);

describe('saved races', () => {
  it('are saved by name (same name replaces), listed, deleted, and planned with the stored profile', async () => {
    listen(createHandlers(() => NOW));
    expect(await send({ type: 'get-races' })).toEqual([]);
    await send({ type: 'save-race', race: race('Berlin') });
    await send({ type: 'save-race', race: race('Chicago') });
    const replaced = await send({ type: 'save-race', race: race('Berlin', 11_000) });
    expect(names(replaced)).toEqual(['Berlin', 'Chicago']);
    expect(replaced[0]?.goalTimeS).toBe(11_000);
    expect(names(await send({ type: 'delete-race', name: 'Chicago' }))).toEqual(['Berlin']);
    await send({ type: 'save-profile', profile: { units: 'metric', crampHistory: 'often' } });
    const plan = await send({ type: 'plan-race', race: race('Berlin') });
    expect(plan.legs).toHaveLength(2);
    expect(plan.legs[0]?.holdBack).toBe(true);
    expect(plan.safety.map((s) => s.id)).toContain('see-a-doctor');
  });

  it('a race outside the schema is refused by the message check, and nothing is stored', async () => {
    listen(createHandlers(() => NOW));
    await expect(send({ type: 'save-race', race: { ...race('X'), goalTimeS: -1 } })).rejects.toThrow();
    expect((await local().get('races')).races).toBeUndefined();
  });

  it('are exported, imported by name (the file wins for its names, others stay), and deleted with everything', async () => {
    listen(createHandlers(() => NOW));
    await send({ type: 'save-race', race: race('Berlin') });
    await send({ type: 'save-race', race: race('Local 10K', 3000) });
    const exported = (await local().get(null)).races;
    expect(exported).toMatchObject({ version: 1 });
    const text = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, data: { races: { version: 1, data: [race('Berlin', 10_000), race('Tokyo')] } } });
    await send({ type: 'import-data', text });
    const after = await send({ type: 'get-races' });
    expect(names(after)).toEqual(['Berlin', 'Tokyo', 'Local 10K']);
    expect(after[0]?.goalTimeS).toBe(10_000);
    await send({ type: 'delete-all-data' });
    expect(await send({ type: 'get-races' })).toEqual([]);
  });

  it('a damaged stored list is kept aside, never overwritten, and the page starts empty', async () => {
    listen(createHandlers(() => NOW));
    await local().set({ races: { version: 1, data: [{ name: 3 }] } });
    expect(await send({ type: 'get-races' })).toEqual([]);
    const keys = Object.keys(await local().get(null));
    expect(keys.some((k) => k.startsWith('backup:races:'))).toBe(true);
    // The options page lists what was kept aside (RecoveryNotices).
    expect((await send({ type: 'get-profile' })).recovered.map((r) => r.key)).toContain('races');
  });
});

describe("the saved race an activity is (every page read asks)", () => {
  it("finds the race on the activity's date about its distance, parsing only that day's races", async () => {
    const { raceOfActivity } = await import('../../src/platform/races');
    const onRaceDay = { startTime: '2026-09-27T09:16:00', distanceM: 42_600 };
    expect(await raceOfActivity(onRaceDay, NOW)).toBeNull();
    // Another day's race is damaged: it is not read, so it costs nothing and hides nothing.
    await local().set({ races: { version: 1, data: [{ ...race('Broken'), date: '2026-10-04', goalTimeS: -1 }, race('Berlin')] } });
    expect((await raceOfActivity(onRaceDay, NOW))?.name).toBe('Berlin');
    expect(await raceOfActivity({ ...onRaceDay, distanceM: 21_100 }, NOW)).toBeNull();
    expect(await raceOfActivity({ startTime: '2026-09-28T09:00:00', distanceM: 42_195 }, NOW)).toBeNull();
    expect(await raceOfActivity({ distanceM: 42_195 }, NOW)).toBeNull();
  });
});
