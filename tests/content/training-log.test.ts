import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { importTrainingLog } from '../../src/content/training-log';
import { loadHistory } from '../../src/platform/history-store';
import { listen } from '../../src/platform/messaging';
import { saveSettings } from '../../src/platform/storage';
import { isOwnActivity, stravaOwnLog, TRAINING_LOG_URL } from '../../src/sites/strava/own-log';
import { stravaActivityId } from '../../src/sites/strava/url';
import { fakeBrowser } from '../setup/fake-browser';
import { FIXTURES, loadPage } from '../sites/strava/load-fixture';
import { trainingLogPage } from '../sites/strava/training-log-pages';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-25T12:00:00Z');

/** A classic activity page as its owner sees it: the actions menu links to the edit form. */
function ownPage(id = '123456'): Document {
  return new DOMParser().parseFromString(
    `<html><body><div class="activity-summary"><ul class="actions"><li><a href="/activities/${id}/edit">Modifier</a></li></ul></div></body></html>`,
    'text/html',
  );
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function optIn(on = true) {
  await saveSettings({ sites: { strava: true }, panelCollapsed: false, importTrainingLog: on });
}

afterEach(() => vi.restoreAllMocks());

describe('own-activity heuristic', () => {
  const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));

  it.each(pages)('%s (someone else’s activity, or synthetic) is not own', (name) => {
    const doc = loadPage(name);
    const id = /(\d{6,})/.exec(name)?.[1] ?? '2173828434';
    expect(isOwnActivity(doc, id)).toBe(false);
  });

  it('a page with the edit link of this very activity is own; of another activity it is not', () => {
    expect(isOwnActivity(ownPage('123456'), '123456')).toBe(true);
    expect(isOwnActivity(ownPage('999'), '123456')).toBe(false);
    expect(isOwnActivity(ownPage('123456'), '23456')).toBe(false);
    // The edit form itself is not an activity view, so the adapter never asks there.
    expect(stravaActivityId(new URL('https://www.strava.com/activities/123456/edit'))).toBeNull();
  });
});

describe('importTrainingLog', () => {
  it('on an own activity, with the opt-in: fetches the training log same-origin as JSON and hands the raw models to the background', async () => {
    listen(createHandlers(() => new Date('2016-12-20T12:00:00Z')));
    await optIn();
    const page1 = [...trainingLogPage(1), ...trainingLogPage(2)];
    // A full page (100 models) asks for page 2 as well.
    const full = Array.from({ length: 100 }, (_, i) => page1[i % page1.length]);
    const fetchPage = vi.fn(async (url: string) => json({ models: url.includes('page=1&') ? full : [], page: 1, perPage: 100 }));
    await importTrainingLog(stravaOwnLog, ownPage(), '123456', fetchPage, () => NOW);
    expect(fetchPage).toHaveBeenCalledTimes(2);
    expect(fetchPage).toHaveBeenNthCalledWith(1, `${TRAINING_LOG_URL}?page=1&per_page=100`, {
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json, text/javascript' },
    });
    expect(fetchPage.mock.calls[1]?.[0]).toBe('https://www.strava.com/athlete/training_activities?page=2&per_page=100');
    expect((await loadHistory()).value).toHaveLength(40);
    expect((await fakeBrowser().storage.local.get('trainingLogImportedAt')).trainingLogImportedAt).toBe(NOW);
  });

  it('asks for one page only when the first is not full', async () => {
    listen(createHandlers(() => new Date('2016-12-20T12:00:00Z')));
    await optIn();
    const fetchPage = vi.fn(async () => json({ models: trainingLogPage(1) }));
    await importTrainingLog(stravaOwnLog, ownPage(), '123456', fetchPage, () => NOW);
    expect(fetchPage).toHaveBeenCalledOnce();
    expect((await loadHistory()).value).toHaveLength(20);
  });

  it('runs at most once a day', async () => {
    listen(createHandlers(() => new Date(NOW)));
    await optIn();
    const fetchPage = vi.fn(async () => json({ models: trainingLogPage(1) }));
    await importTrainingLog(stravaOwnLog, ownPage(), '123456', fetchPage, () => NOW);
    await importTrainingLog(stravaOwnLog, ownPage(), '123456', fetchPage, () => NOW + 3600_000);
    await importTrainingLog(stravaOwnLog, ownPage(), '123456', fetchPage, () => NOW + DAY - 1);
    expect(fetchPage).toHaveBeenCalledTimes(1);
    await importTrainingLog(stravaOwnLog, ownPage(), '123456', fetchPage, () => NOW + DAY);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it.each([
    { when: 'the opt-in is off', on: false, log: stravaOwnLog, doc: () => ownPage(), id: '123456' },
    { when: 'the activity is someone else’s', on: true, log: stravaOwnLog, doc: () => loadPage('classic-ride-2173828434.html'), id: '2173828434' },
    { when: 'the site has no log of its own', on: true, log: undefined, doc: () => ownPage(), id: '123456' },
  ])('does nothing when $when', async ({ on, log, doc, id }) => {
    listen(createHandlers(() => new Date(NOW)));
    await optIn(on);
    const fetchPage = vi.fn(async () => json({ models: trainingLogPage(1) }));
    await importTrainingLog(log, doc(), id, fetchPage, () => NOW);
    expect(fetchPage).not.toHaveBeenCalled();
    expect((await fakeBrowser().storage.local.get('trainingLogImportedAt')).trainingLogImportedAt).toBeUndefined();
  });

  it.each([
    ['an HTTP error', async () => json({}, 500)],
    ['HTML instead of JSON (logged out)', async () => new Response('<html>login</html>', { status: 200 })],
    ['JSON without models', async () => json({ error: 'x' })],
    ['a network failure', async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('never throws on %s: warns, stores nothing', async (_, fetchPage) => {
    listen(createHandlers(() => new Date(NOW)));
    await optIn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(importTrainingLog(stravaOwnLog, ownPage(), '123456', fetchPage, () => NOW)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    expect((await loadHistory()).value).toEqual([]);
  });

  it('never throws when the extension cannot be reached', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeBrowser().runtime.sendMessage.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    const fetchPage = vi.fn(async () => json({ models: [] }));
    await expect(importTrainingLog(stravaOwnLog, ownPage(), '123456', fetchPage, () => NOW)).resolves.toBeUndefined();
    expect(fetchPage).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
  });
});
