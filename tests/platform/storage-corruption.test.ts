// Every key the extension stores, damaged (garbage) or from an older version: the extension
// keeps working, says so where the runner would care, and loses nothing the runner entered.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { storeAndAnalyze } from '../../src/background/history';
import { loadHistory } from '../../src/platform/history-store';
import { loadManualEntry } from '../../src/platform/manual-entries';
import { listen, send } from '../../src/platform/messaging';
import { fakeBrowser } from '../setup/fake-browser';

const GARBAGE = ['not json', 42, null, [1, 2], { version: 1, data: 'x' }, { version: 1, data: { units: 7 } }];
const NOW = new Date('2026-11-01T07:00:00Z');
/** Where a damaged value read at NOW is kept aside (dated: an earlier copy is never overwritten). */
const BACKUP = (key: string) => `backup:${key}:${NOW.toISOString()}`;
const local = () => fakeBrowser().storage.local;
const stored = async (key: string) => (await local().get(key))[key];
const run = { source: 'strava', id: '1', sport: 'run' as const, movingS: 3600, distanceM: 10_000, temperatureC: 22 };

describe('damaged storage', () => {
  it.each(GARBAGE)('profile %j: defaults in use, the original kept aside, analysis still works', async (garbage) => {
    await local().set({ profile: garbage });
    listen(createHandlers(() => NOW));
    const state = await send({ type: 'get-profile' });
    expect(state.profile).toEqual({ units: 'metric' });
    expect(state.recovered).toEqual([{ key: 'profile', backupKey: BACKUP('profile'), at: NOW.toISOString() }]);
    expect(await stored(BACKUP('profile'))).toEqual(garbage);
    await expect(storeAndAnalyze(run, (await send({ type: 'get-profile' })).profile, NOW)).resolves.toMatchObject({ analyzed: { activity: run } });
    // Saving a new profile replaces the damaged one, and the copy of the old one stays.
    await send({ type: 'save-profile', profile: { units: 'metric', bodyMassKg: 61 } });
    expect((await send({ type: 'get-profile' })).recovered).toEqual([]);
    expect(await stored(BACKUP('profile'))).toEqual(garbage);
  });

  it.each(GARBAGE)('settings %j: defaults in use (Strava on), the original kept aside', async (garbage) => {
    await local().set({ settings: garbage });
    listen(createHandlers(() => NOW));
    const state = await send({ type: 'get-profile' });
    expect(state.settings).toEqual({ sites: { strava: true }, panelCollapsed: false });
    expect(await stored(BACKUP('settings'))).toEqual(garbage);
  });

  it('profile and settings from before versioning (bare objects) are migrated, not lost', async () => {
    await local().set({ profile: { units: 'imperial', bodyMassKg: 70, saltySweater: true }, settings: { sites: { strava: true, runalyze: true }, panelCollapsed: true } });
    listen(createHandlers());
    const state = await send({ type: 'get-profile' });
    expect(state).toEqual({
      profile: { units: 'imperial', bodyMassKg: 70, saltySweater: true },
      settings: { sites: { strava: true, runalyze: true }, panelCollapsed: true },
      recovered: [],
    });
  });

  it.each(GARBAGE)('last analysis and tab analysis %j: the popup gets "none yet", not an error', async (garbage) => {
    await local().set({ lastAnalysis: garbage });
    await fakeBrowser().storage.session.set({ 'tab:7': garbage });
    listen(createHandlers());
    await expect(send({ type: 'get-last-analysis' })).resolves.toBeNull();
    await expect(send({ type: 'get-tab-analysis', tabId: 7 })).resolves.toBeNull();
  });

  it('an over-long stored text is set aside like any damaged value; everything else still loads', async () => {
    const long = 'x'.repeat(1_000_000);
    const fine = { ...run, startTime: '2026-10-30T08:00' };
    const hostile = { ...fine, id: '2', cramp: { cramped: true, muscles: [long] } };
    await local().set({
      profile: { version: 2, data: { units: 'metric', crampMuscles: [long] } },
      settings: { version: 1, data: { sites: { strava: true }, panelCollapsed: true } },
      history: { version: 1, data: [fine, hostile] },
    });
    listen(createHandlers(() => NOW));
    const state = await send({ type: 'get-profile' });
    expect(state.profile).toEqual({ units: 'metric' });
    expect(state.settings.panelCollapsed).toBe(true);
    expect(await stored(BACKUP('profile'))).toEqual({ version: 2, data: { units: 'metric', crampMuscles: [long] } });
    const history = await loadHistory(undefined, NOW);
    expect(history.value).toEqual([fine]);
    expect(await stored(BACKUP('history'))).toEqual([hostile]);
  });

  it('a damaged manual entry keeps only the values that still make sense', async () => {
    await local().set({ 'manual:strava:1': { temperatureC: 'hot', humidityPct: 55, movingS: -3, distanceM: 5000, extra: '<img>' } });
    expect(await loadManualEntry('strava', '1')).toEqual({ humidityPct: 55, distanceM: 5000 });
    await local().set({ 'manual:strava:2': 'garbage' });
    expect(await loadManualEntry('strava', '2')).toEqual({});
  });
});
