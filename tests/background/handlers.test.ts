import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { listen, send } from '../../src/platform/messaging';
import { fakeBrowser } from '../setup/fake-browser';

const run = { source: 'strava', id: '1', sport: 'run' as const, movingS: 5400, distanceM: 16_000, temperatureC: 27, humidityPct: 60 };
const now = new Date('2026-11-25T12:00:00Z');

describe('background handlers', () => {
  it('analyzes with the stored profile, remembers it for the tab and shows the risk badge', async () => {
    const handlers = createHandlers(() => now);
    const analyzed = await handlers.analyze({ type: 'analyze', activity: run }, { id: 'x', tab: { id: 3 } as never });
    expect(analyzed.analyzedAt).toBe(now.toISOString());
    expect(analyzed.analysis.estimates.sweatLossMl.value).toBeGreaterThan(500);
    expect(await handlers['get-tab-analysis']({ type: 'get-tab-analysis', tabId: 3 }, {})).toEqual(analyzed);
    expect(await handlers['get-last-analysis']({ type: 'get-last-analysis' }, {})).toEqual(analyzed);
    expect(fakeBrowser().badge.get(3)?.text).toBe(analyzed.analysis.crampRisk.level === 'moderate' ? 'mod' : analyzed.analysis.crampRisk.level);
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

describe('interpret', () => {
  it('turns a Strava page copy into what was read, and refuses an unknown site', async () => {
    listen(createHandlers(() => now));
    const reading = { layout: 'classic', language: 'en', title: 'Lunch | Run | Strava', cells: [{ hook: 'definition-distance', label: 'Distance', value: '10.42 km', unitTitle: 'kilometers', from: 'device' }] };
    const result = await send({ type: 'interpret', site: 'strava', reading });
    expect(result.activity).toMatchObject({ sport: 'run', distanceM: 10_420 });
    await expect(send({ type: 'interpret', site: 'myspace', reading })).rejects.toThrow('no interpreter for site "myspace"');
  });
});

describe('language', () => {
  it('writes findings in the browser language unless the profile chose one', async () => {
    fakeBrowser().i18n.getUILanguage = () => 'de-DE';
    listen(createHandlers(() => now));
    const german = await send({ type: 'analyze-manual', activity: run });
    expect(german.analysis.findings[0]?.nextTime).not.toEqual('');
    await send({ type: 'save-profile', profile: { units: 'metric', language: 'en' } });
    const english = await send({ type: 'analyze-manual', activity: run });
    expect(german.analysis.findings.map((f) => f.id)).toEqual(english.analysis.findings.map((f) => f.id));
    expect(german.analysis.findings[0]?.lacked).not.toEqual(english.analysis.findings[0]?.lacked);
    expect(german.analysis.estimates).toEqual(english.analysis.estimates);
  });
});
