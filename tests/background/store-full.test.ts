// Never locked out: with the browser's storage full and one damaged entry, the profile still
// loads (the damaged value stays where it is, untouched), and the reply says the store is full.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { listen, send } from '../../src/platform/messaging';
import { bytesOf, FULL_HEADROOM_BYTES } from '../../src/platform/storage-usage';
import { fakeBrowser } from '../setup/fake-browser';

const NOW = new Date('2026-11-01T07:00:00Z');
const local = () => fakeBrowser().storage.local;
const DAMAGED = { version: 1, data: { units: 'furlongs' } };
const run = (id: string) => ({ source: 'strava', id, sport: 'run', movingS: 3000, distanceM: 8000, startTime: '2026-10-30T08:00' });

/** Fills the fake store to its quota, so any write that adds a byte fails with "quota exceeded". */
async function fill(stored: Record<string, unknown>, quota = 50_000) {
  await local().set(stored);
  await local().set({ padding: 'x'.repeat(quota - bytesOf(await local().get(null))) });
  local().QUOTA_BYTES = bytesOf(await local().get(null));
  await expect(local().set({ more: 1 })).rejects.toThrow(/quota/);
}

describe('a full store', () => {
  it('get-profile succeeds with a damaged profile: defaults in use, the value left in place, the store said to be full', async () => {
    await fill({ profile: DAMAGED, settings: { version: 1, data: { sites: { strava: true }, panelCollapsed: true } } });
    listen(createHandlers(() => NOW));
    const state = await send({ type: 'get-profile' });
    expect(state.profile).toEqual({ units: 'metric' });
    expect(state.settings.panelCollapsed).toBe(true);
    expect(state.recovered).toEqual([{ key: 'profile', backupKey: `backup:profile:${NOW.toISOString()}`, at: NOW.toISOString(), inPlace: true }]);
    expect(state.storeFull).toEqual({ usedBytes: local().QUOTA_BYTES, quotaBytes: local().QUOTA_BYTES });
    expect((await local().get('profile')).profile).toEqual(DAMAGED);
  });

  it('a damaged history entry that cannot be set aside is said, and the rest of the history loads', async () => {
    await fill({ history: { version: 1, data: [run('good'), { ...run('bad'), movingS: -1 }] } });
    listen(createHandlers(() => NOW));
    const state = await send({ type: 'get-profile' });
    expect(state.recovered).toMatchObject([{ key: 'history', inPlace: true }]);
    expect(await send({ type: 'get-history-view' })).toMatchObject({ weeks: expect.arrayContaining([expect.objectContaining({ runs: [expect.objectContaining({ id: 'good' })] })]) });
  });

  it('is not said while there is room', async () => {
    await local().set({ profile: { version: 2, data: { units: 'metric' } } });
    local().QUOTA_BYTES = 200_000;
    listen(createHandlers(() => NOW));
    expect((await send({ type: 'get-profile' })).storeFull).toBeUndefined();
    local().QUOTA_BYTES = bytesOf(await local().get(null)) + FULL_HEADROOM_BYTES - 1;
    expect((await send({ type: 'get-profile' })).storeFull).toBeDefined();
  });
});
