/**
 * The one page message, on the background side (issue 13.2): interpret → merge manual values →
 * analyze → store only the runner's own (issue 12.1) → the whole panel model. Real captures of
 * saved pages, real handlers, the fake browser's storage.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { loadHistory } from '../../src/platform/history-store';
import { saveProfile } from '../../src/platform/storage';
import { stravaSite } from '../../src/sites/strava/index';
import { collectStrava } from '../../src/sites/strava/reading';
import type { Runtime } from '../../src/platform/browser';
import { fakeBrowser } from '../setup/fake-browser';
import { fixtureHtml, loadPage, pageFromHtml } from '../sites/strava/load-fixture';
import { trainingLogPage } from '../sites/strava/training-log-pages';

const NOW = new Date('2026-11-25T12:00:00Z');
/** The saved classic pages are from February 2019: an own one is stored only by a background living then (retention counts from now). */
const SPRING_2019 = new Date('2019-03-01T12:00:00Z');
let clock = NOW;
const handlers = () => createHandlers(() => clock);
beforeEach(() => {
  clock = NOW;
});
const page = (id: string) => `https://www.strava.com/activities/${id}`;
const fromTab = (url: string): Runtime.MessageSender => ({ id: 'cramp-check-test-id', tab: { id: 7 } as never, frameId: 0, url });

async function readPage(fixture: string | Document, id: string, manual?: Record<string, number>, openedAt?: number) {
  const doc = typeof fixture === 'string' ? loadPage(fixture) : fixture;
  const capture = JSON.parse(JSON.stringify(collectStrava(doc, id))) as unknown;
  const request = { type: 'read-page' as const, site: 'strava', url: page(id), capture, ...(manual ? { manual } : {}), ...(openedAt ? { openedAt } : {}) };
  return handlers()['read-page'](request, fromTab(page(id)));
}

/** The partial ride (no temperature, no humidity) as its athlete sees it: derived from the saved page, viewer = athlete. */
const ownPartialRide = () =>
  pageFromHtml(fixtureHtml('synthetic-classic-ride-partial.html').replace(/<iframe\b/gi, '<x-iframe').replace('var currentAthleteId = 15925262;', 'var currentAthleteId = 505408;'));

describe('read-page', () => {
  it('reads storage once per worker lifetime: a page viewed again reads nothing, and sees what another context wrote', async () => {
    clock = SPRING_2019;
    const local = vi.spyOn(fakeBrowser().storage.local, 'get');
    const session = vi.spyOn(fakeBrowser().storage.session, 'get');
    const first = await readPage('synthetic-classic-ride-own-edit-link.html', '2173828434');
    expect(local.mock.calls).toEqual([[null]]);
    expect(session.mock.calls).toEqual([[null]]);
    const again = await readPage('synthetic-classic-ride-own-edit-link.html', '2173828434');
    expect(local).toHaveBeenCalledTimes(1);
    expect(session).toHaveBeenCalledTimes(1);
    expect(again.analysis).toEqual(first.analysis);
    // A profile written elsewhere (storage.onChanged) is used by the next read, still without reading.
    await fakeBrowser().storage.local.set({ profile: { version: 2, data: { units: 'imperial', bodyMassKg: 70 } } });
    expect((await readPage('synthetic-classic-ride-own-edit-link.html', '2173828434')).units).toBe('imperial');
    expect(local).toHaveBeenCalledTimes(1);
  });

  it('a page view writes each storage area once: the history entry, the tab’s view and analysis and the last analysis together', async () => {
    clock = SPRING_2019;
    const local = vi.spyOn(fakeBrowser().storage.local, 'set');
    const session = vi.spyOn(fakeBrowser().storage.session, 'set');
    const model = await readPage('synthetic-classic-ride-own-edit-link.html', '2173828434');
    expect(model.ownership).toBe('own');
    expect(local).toHaveBeenCalledTimes(1);
    expect(session).toHaveBeenCalledTimes(1);
    // All of it reached the browser's storage.
    expect(Object.keys(local.mock.calls[0]?.[0] ?? {}).sort()).toEqual(expect.arrayContaining(['history', 'lastAnalysis']));
    expect(Object.keys(session.mock.calls[0]?.[0] ?? {}).sort()).toEqual(['tab:7', 'view:7']);
    expect((await fakeBrowser().storage.local.get('history')).history).toMatchObject({ data: [{ id: '2173828434' }] });
    // The same page again: one write each still (the last analysis is dated), none per value.
    await readPage('synthetic-classic-ride-own-edit-link.html', '2173828434');
    expect(local).toHaveBeenCalledTimes(2);
    expect(session).toHaveBeenCalledTimes(2);
  });

  it('the logged-out Next.js page: walk, 430 s, 407.5 m, partial, analyzed, not stored (not known to be the runner’s)', async () => {
    const model = await readPage('nextjs-walk-13464556946.html', '13464556946');
    expect(model).toMatchObject({ enabled: true, activityId: '13464556946', state: 'partial', ownership: 'unknown', canLogCramp: false });
    expect(model.draft).toMatchObject({ sport: 'walk', movingS: 430, distanceM: 407.5, elevationGainM: 0 });
    expect(model.missing).toEqual(['temperatureC', 'humidityPct']);
    expect(model.analysis).not.toBeNull();
    expect(model.notices).toContain('noticeNotOwn');
    expect((await loadHistory()).value).toEqual([]);
  });

  it('the runner’s own activity is stored and takes a cramp log', async () => {
    clock = SPRING_2019;
    const model = await readPage('synthetic-classic-ride-own-edit-link.html', '2173828434');
    expect(model).toMatchObject({ ownership: 'own', canLogCramp: true, state: 'ready' });
    expect(model.notices).not.toContain('noticeNotOwn');
    expect((await loadHistory()).value.map((a) => a.id)).toEqual(['2173828434']);
  });

  it('someone else’s activity is analyzed with the runner’s profile and history, never stored, never counted', async () => {
    // The runner's own history: 20 activities from their training log.
    await handlers()['import-training-log']({ type: 'import-training-log', site: 'strava', models: trainingLogPage(1) }, fromTab(page('1')));
    const before = (await loadHistory()).value;
    await saveProfile({ units: 'metric', bodyMassKg: 90, saltySweater: true });
    const model = await readPage('classic-ride-2173828434.html', '2173828434');
    expect(model.ownership).toBe('other');
    expect(model.analysis?.estimates.sodiumLossMg.value).toBeGreaterThan(0);
    expect((await loadHistory()).value).toEqual(before);
  });

  it.each(['synthetic-classic-ride-spoofed-title.html', 'synthetic-classic-ride-spoofed-description.html'])(
    '%s: text the athlete wrote that quotes the page’s own data (viewer id, edit link) is not read for ownership; nothing is stored',
    async (fixture) => {
      clock = SPRING_2019;
      const model = await readPage(fixture, '2173828434');
      expect(model).toMatchObject({ ownership: 'other', canLogCramp: false });
      expect(model.notices).toContain('noticeNotOwn');
      expect((await loadHistory()).value).toEqual([]);
    },
  );

  it('merges the values the runner typed, keeps them in the background, and says when one was refused', async () => {
    // The panel sends typed values only after showing the activity (its first read).
    await readPage(ownPartialRide(), '2173828434');
    const typed = await readPage(ownPartialRide(), '2173828434', { temperatureC: 24, humidityPct: 50 });
    expect(typed.state).toBe('ready');
    expect(typed.draft).toMatchObject({ temperatureC: 24, temperatureSource: 'manual', humidityPct: 50 });
    expect((await fakeBrowser().storage.local.get('manual:strava:2173828434'))['manual:strava:2173828434']).toEqual({ temperatureC: 24, humidityPct: 50 });
    // The next page load, without typing: still there.
    expect((await readPage(ownPartialRide(), '2173828434')).draft.temperatureC).toBe(24);
    await readPage('synthetic-classic-ride-partial.html', '1');
    const refused = await readPage('synthetic-classic-ride-partial.html', '1', { temperatureC: 80 });
    expect(refused.notices).toContain('noticeManualRefused');
    expect(refused.draft.temperatureC).toBeUndefined();
  });

  it('refuses typed values for an activity other than the one its tab shows: nothing stored', async () => {
    await readPage('synthetic-classic-ride-partial.html', '2173828434');
    await expect(readPage('synthetic-classic-ride-partial.html', '1', { temperatureC: 24 })).rejects.toThrow('only for the activity this tab shows');
    expect(await fakeBrowser().storage.local.get('manual:strava:1')).toEqual({});
    // The same tab after an in-page route change: its page read names the new activity first.
    await readPage('synthetic-classic-ride-partial.html', '1');
    expect((await readPage('synthetic-classic-ride-partial.html', '1', { temperatureC: 24 })).draft.temperatureC).toBe(24);
  });

  it('a temperature typed on someone else’s activity is kept for that tab’s view only, never stored under their id', async () => {
    await readPage('synthetic-classic-ride-partial.html', '2173828434');
    const typed = await readPage('synthetic-classic-ride-partial.html', '2173828434', { temperatureC: 24 });
    expect(typed).toMatchObject({ ownership: 'other', draft: { temperatureC: 24, temperatureSource: 'manual' } });
    // The same tab re-reading (late stats) still shows it; storage.local holds nothing of it.
    expect((await readPage('synthetic-classic-ride-partial.html', '2173828434')).draft.temperatureC).toBe(24);
    expect(await fakeBrowser().storage.local.get('manual:strava:2173828434')).toEqual({});
    // Another activity in that tab does not inherit it.
    expect((await readPage('synthetic-classic-ride-partial.html', '1')).draft.temperatureC).toBeUndefined();
  });

  it('after "Delete all data" a tab opened before writes nothing: not a typed value, not the panel’s collapse', async () => {
    const openedAt = NOW.getTime() - 60_000;
    await readPage(ownPartialRide(), '2173828434', undefined, openedAt);
    await handlers()['delete-all-data']({ type: 'delete-all-data' }, { id: 'cramp-check-test-id' });
    // The open tab re-reads (late stats), then the runner types a temperature and collapses the panel.
    await readPage(ownPartialRide(), '2173828434', undefined, openedAt);
    const typed = await readPage(ownPartialRide(), '2173828434', { temperatureC: 24 }, openedAt);
    expect(typed.draft.temperatureC).toBe(24);
    await handlers()['set-panel-collapsed']({ type: 'set-panel-collapsed', collapsed: true, openedAt }, fromTab(page('2173828434')));
    expect(await fakeBrowser().storage.local.get(null)).toEqual({});
    // A page opened after it stores again.
    await readPage(ownPartialRide(), '2173828434', undefined, NOW.getTime() + 1);
    await readPage(ownPartialRide(), '2173828434', { temperatureC: 24 }, NOW.getTime() + 1);
    expect(Object.keys(await fakeBrowser().storage.local.get(null))).toContain('manual:strava:2173828434');
  });

  it('after "Delete all data" a temperature typed straight away in a tab opened before is shown there, not refused, and not stored', async () => {
    const openedAt = NOW.getTime() - 60_000;
    await readPage(ownPartialRide(), '2173828434', undefined, openedAt);
    await handlers()['delete-all-data']({ type: 'delete-all-data' }, { id: 'cramp-check-test-id' });
    const typed = await readPage(ownPartialRide(), '2173828434', { temperatureC: 24 }, openedAt);
    expect(typed.draft).toMatchObject({ temperatureC: 24, temperatureSource: 'manual' });
    expect(await fakeBrowser().storage.local.get(null)).toEqual({});
    // Still only for the activity the tab shows.
    await expect(readPage(ownPartialRide(), '1', { temperatureC: 24 }, openedAt)).rejects.toThrow('only for the activity this tab shows');
  });

  it('a start time more than a day in the future is refused when read, and never reaches the history', async () => {
    clock = SPRING_2019;
    const capture = collectStrava(loadPage('synthetic-classic-ride-own-edit-link.html'), '2173828434');
    capture.startTime = '11:04 AM on Monday, January 5, 2099';
    // The page's own numbers say the same (its inline startDateLocal), as Strava's would.
    capture.pageViewActivity = capture.pageViewActivity.replace(/startDateLocal: \d+/, 'startDateLocal: 4071294240');
    const model = await handlers()['read-page']({ type: 'read-page', site: 'strava', url: page('2173828434'), capture }, fromTab(page('2173828434')));
    expect(model.draft.startTime).toBeUndefined();
    expect((await loadHistory()).value).toHaveLength(1);
    expect((await loadHistory()).value[0]?.startTime).toBeUndefined();
    // Read on its own, the page would have said 2099: the reader refused it.
    const read = stravaSite.background.interpret(capture, new URL(page('2173828434')), SPRING_2019);
    expect(read.rejected).toContainEqual({ field: 'startTime', reason: 'start time 2099-01-05T11:04:00 is more than a day in the future' });
  });

  it('the panel model carries only what the panel shows of the profile (issue 12.7)', async () => {
    await saveProfile({ units: 'imperial', bodyMassKg: 77.7, sweatSodiumMgPerL: 1234, crampMuscles: ['calves'] });
    const model = await readPage('classic-ride-2173828434.html', '2173828434');
    expect(model.units).toBe('imperial');
    const text = JSON.stringify(model);
    expect(text).not.toContain('77.7');
    expect(text).not.toContain('1234');
    expect(Object.keys(model).sort()).toEqual(
      ['activityId', 'analysis', 'canLogCramp', 'collapsed', 'cramp', 'draft', 'enabled', 'error', 'importTrainingLog', 'missing', 'notices', 'ownership', 'state', 'units'].sort(),
    );
  });

  it.each([
    ['a site that does not exist', { site: 'myspace' }, /no site "myspace"/],
    ['an inherited name as the site', { site: 'constructor' }, /no site "constructor"/],
    ['another site’s page', { site: 'garmin' }, /not a Garmin Connect page/],
    ['a URL that is not the sender’s page', { url: 'https://www.strava.com/activities/1', sender: 'https://evil.example/activities/1' }, /not the page the message came from/],
    ['a page that shows no activity', { url: 'https://www.strava.com/dashboard', sender: 'https://www.strava.com/dashboard' }, /not an activity page/],
  ])('refuses %s', async (_, change, error) => {
    const url = (change as { url?: string }).url ?? page('1');
    const sender = fromTab((change as { sender?: string }).sender ?? url);
    const request = { type: 'read-page' as const, site: (change as { site?: string }).site ?? 'strava', url, capture: {} };
    await expect(handlers()['read-page'](request, sender)).rejects.toThrow(error);
  });
});
