import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { listen, send } from '../../src/platform/messaging';
import { collectStrava } from '../../src/sites/strava/reading';
import { fakeBrowser } from '../setup/fake-browser';
import { loadPage } from '../sites/strava/load-fixture';

const run = { source: 'strava', id: '1', sport: 'run' as const, movingS: 5400, distanceM: 16_000, temperatureC: 27, humidityPct: 60 };
const now = new Date('2026-11-25T12:00:00Z');

describe('background handlers', () => {
  it('analyzes a page with the stored profile, remembers it for the tab and shows the risk badge', async () => {
    const handlers = createHandlers(() => now);
    const url = 'https://www.strava.com/activities/2173828434';
    const capture = collectStrava(loadPage('classic-ride-2173828434.html'), '2173828434');
    const model = await handlers['read-page']({ type: 'read-page', site: 'strava', url, capture }, { id: 'x', tab: { id: 3 } as never, frameId: 0, url });
    expect(model.analysis?.estimates.sweatLossMl.value).toBeGreaterThan(0);
    const forTab = await handlers['get-tab-analysis']({ type: 'get-tab-analysis', tabId: 3 }, {});
    expect(forTab?.analysis).toEqual(model.analysis);
    expect(forTab?.analyzedAt).toBe(now.toISOString());
    expect((await handlers['get-last-analysis']({ type: 'get-last-analysis' }, {}))?.analysis).toEqual(model.analysis);
    const level = model.analysis?.crampRisk.level;
    expect(fakeBrowser().badge.get(3)?.text).toBe(level === 'moderate' ? 'mod' : level);
  });

  it('answers a page read without waiting for the toolbar badge, which the browser draws when it can', async () => {
    const handlers = createHandlers(() => now);
    const url = 'https://www.strava.com/activities/2173828434';
    const capture = collectStrava(loadPage('classic-ride-2173828434.html'), '2173828434');
    let drawBadge: () => void = () => undefined;
    // A badge the browser has not drawn yet: a page read that waited on it would never answer.
    fakeBrowser().action.setBadgeText.mockImplementationOnce(() => new Promise<void>((drawn) => (drawBadge = drawn)));
    const model = await handlers['read-page']({ type: 'read-page', site: 'strava', url, capture }, { id: 'x', tab: { id: 3 } as never, frameId: 0, url });
    expect(model.analysis).not.toBeNull();
    expect(fakeBrowser().action.setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: model.analysis?.crampRisk.level === 'moderate' ? 'mod' : model.analysis?.crampRisk.level });
    drawBadge();
  });

  it('a badge the browser refuses (the tab closed) leaves the analysis intact', async () => {
    const handlers = createHandlers(() => now);
    const url = 'https://www.strava.com/activities/2173828434';
    const capture = collectStrava(loadPage('classic-ride-2173828434.html'), '2173828434');
    fakeBrowser().action.setBadgeText.mockRejectedValueOnce(new Error('No tab with id: 3.'));
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const model = await handlers['read-page']({ type: 'read-page', site: 'strava', url, capture }, { id: 'x', tab: { id: 3 } as never, frameId: 0, url });
    expect(model.error).toBeNull();
    expect(model.analysis?.estimates.sweatLossMl.value).toBeGreaterThan(0);
    await vi.waitFor(() => expect(warned).toHaveBeenCalledWith('Cramp Check: badge', expect.any(Error)));
    warned.mockRestore();
  });

  it('uses the saved profile: a salty sweater loses more sodium on the same run', async () => {
    listen(createHandlers(() => now));
    const before = await send({ type: 'analyze-manual', activity: run });
    await send({ type: 'save-profile', profile: { units: 'metric', bodyMassKg: 70, saltySweater: true } });
    const after = await send({ type: 'analyze-manual', activity: run });
    expect(after.analysis.estimates.sodiumLossMg.value).toBeGreaterThan(before.analysis.estimates.sodiumLossMg.value);
  });

  it('reports a corrupted stored profile and keeps it aside', async () => {
    await fakeBrowser().storage.local.set({ profile: { version: 1, data: { units: 'parsecs' } } });
    listen(createHandlers(() => now));
    const state = await send({ type: 'get-profile' });
    expect(state.profile).toEqual({ units: 'metric' });
    const [recovered] = state.recovered;
    expect(recovered).toMatchObject({ key: 'profile', backupKey: `backup:profile:${recovered?.at}` });
    expect((await fakeBrowser().storage.local.get(recovered?.backupKey ?? ''))[recovered?.backupKey ?? '']).toEqual({ version: 1, data: { units: 'parsecs' } });
  });

  it('answers an unknown tab with null rather than an error', async () => {
    listen(createHandlers(() => now));
    await expect(send({ type: 'get-tab-analysis', tabId: 99 })).resolves.toBeNull();
  });
});


describe('language', () => {
  it('writes findings in the browser language, as every surface does (issue 13.6)', async () => {
    fakeBrowser().i18n.getUILanguage = () => 'de-DE';
    listen(createHandlers(() => now));
    const german = await send({ type: 'analyze-manual', activity: run });
    expect(german.analysis.findings[0]?.nextTime).not.toEqual('');
    fakeBrowser().i18n.getUILanguage = () => 'en-GB';
    const english = await send({ type: 'analyze-manual', activity: run });
    expect(german.analysis.findings.map((f) => f.id)).toEqual(english.analysis.findings.map((f) => f.id));
    expect(german.analysis.findings[0]?.contributed).not.toEqual(english.analysis.findings[0]?.contributed);
    // the numbers are the same; only the "why" sentence is translated
    expect({ ...german.analysis.estimates, sweatWhy: undefined }).toEqual({ ...english.analysis.estimates, sweatWhy: undefined });
  });
});

describe('writes that merge: two options tabs, and the panel toggle, never undo each other', () => {
  const weighIn = { date: '2026-11-20', preKg: 70, postKg: 69.2, drankL: 0.3, durationH: 1 };

  it('the older tab saves its body mass: the weigh-in the newer tab added meanwhile stays', async () => {
    listen(createHandlers(() => now));
    const older = await send({ type: 'get-profile' });
    const newer = await send({ type: 'get-profile' });
    await send({ type: 'save-profile', profile: { ...newer.profile, sweatTests: [weighIn] }, base: newer.profile });
    const saved = await send({ type: 'save-profile', profile: { ...older.profile, bodyMassKg: 72 }, base: older.profile });
    expect(saved.profile).toMatchObject({ bodyMassKg: 72, sweatTests: [weighIn] });
  });

  it('the older tab switches the weather opt-in on: the training-log opt-in the newer tab set stays', async () => {
    listen(createHandlers(() => now));
    const older = await send({ type: 'get-profile' });
    await send({ type: 'save-settings', settings: { ...older.settings, importTrainingLog: true }, base: older.settings });
    const saved = await send({ type: 'save-settings', settings: { ...older.settings, weatherLookup: true }, base: older.settings });
    expect(saved.settings).toMatchObject({ importTrainingLog: true, weatherLookup: true });
  });

  it('collapsing the panel while a setting is being saved keeps that setting (read-modify-write in the queue)', async () => {
    const handlers = createHandlers(() => now);
    const tab = { id: 'x', tab: { id: 3 } as never, frameId: 0, url: 'https://www.strava.com/activities/1' };
    const { settings } = await handlers['get-profile']({ type: 'get-profile' }, {});
    await Promise.all([
      handlers['save-settings']({ type: 'save-settings', settings: { ...settings, importTrainingLog: true }, base: settings }, {}),
      handlers['set-panel-collapsed']({ type: 'set-panel-collapsed', collapsed: true }, tab),
    ]);
    expect((await handlers['get-profile']({ type: 'get-profile' }, {})).settings).toMatchObject({ importTrainingLog: true, panelCollapsed: true });
  });
});
