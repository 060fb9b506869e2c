// "Delete all data" runs in the background's write queue, and pages opened before it store nothing.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { storeAndAnalyze } from '../../src/background/history';
import { onProfileOrSettingsChanged, sendFromContent } from '../../src/platform/content-messaging';
import { loadHistory } from '../../src/platform/history-store';
import { listen, send } from '../../src/platform/messaging';
import { notifyTabsOfProfileOrSettingsChanges } from '../../src/platform/tab-notices';
import { fakeBrowser } from '../setup/fake-browser';

const NOW = new Date('2026-11-01T07:00:00Z');
const run = (id: string) => ({ source: 'strava', id, sport: 'run' as const, movingS: 3000, distanceM: 8000, startTime: '2026-10-31T07:00:00Z' });
const local = () => fakeBrowser().storage.local;
/** What the page flow does with the runner's own activity from a page opened at `openedAt` (src/background/page.ts). */
const analyzeOwn = (activity: ReturnType<typeof run>, now: Date, openedAt: number) => storeAndAnalyze(activity, { units: 'metric' }, now, openedAt);

describe('delete all data', () => {
  it('a page opened before the deletion re-analyzes but stores nothing; opening an activity again stores', async () => {
    let clock = NOW.getTime();
    listen(createHandlers(() => new Date(clock)));
    const openedAt = clock;
    await analyzeOwn(run('a'), new Date(clock), openedAt);
    expect((await loadHistory()).value).toHaveLength(1);
    clock += 1000;
    await send({ type: 'delete-all-data' });
    expect(await local().get(null)).toEqual({});
    // The open tab analyzes again (late stats, a profile change): nothing comes back.
    await expect(analyzeOwn(run('a'), new Date(clock), openedAt)).resolves.toMatchObject({ analyzed: { activity: { id: 'a' } }, stored: false });
    await sendFromContent({ type: 'import-training-log', site: 'strava', models: [], openedAt });
    expect(await local().get(null)).toEqual({});
    // The runner opens an activity again.
    clock += 1000;
    await analyzeOwn(run('b'), new Date(clock), clock);
    expect((await loadHistory()).value.map((a) => a.id)).toEqual(['b']);
  });

  it('a store already queued when the runner deletes is deleted with the rest', async () => {
    listen(createHandlers(() => NOW));
    const storing = analyzeOwn(run('a'), NOW, NOW.getTime() - 5);
    const deleting = send({ type: 'delete-all-data' });
    await Promise.all([storing, deleting]);
    expect(await local().get(null)).toEqual({});
  });

  it('open panels refresh when the profile or settings change, not when they are removed', async () => {
    const calls: string[] = [];
    const stop = new AbortController();
    // The background tells the tabs; content scripts may not read storage (storage-access.ts).
    notifyTabsOfProfileOrSettingsChanges();
    onProfileOrSettingsChanged(() => calls.push('refresh'), stop.signal);
    // The notice travels through tabs.query and tabs.sendMessage, a few ticks later.
    const ticks = () => new Promise((resolve) => setTimeout(resolve, 10));
    await local().set({ profile: { version: 1, data: { units: 'metric' } } });
    await ticks();
    expect(calls).toEqual(['refresh']);
    await local().clear();
    await local().remove('settings');
    await ticks();
    expect(calls).toEqual(['refresh']);
    await local().set({ settings: { version: 1, data: { sites: { strava: true }, panelCollapsed: true } } });
    await ticks();
    expect(calls).toEqual(['refresh', 'refresh']);
    stop.abort();
  });
});
