import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { importTrainingLog } from '../../src/content/training-log';
import { loadHistory } from '../../src/platform/history-store';
import { listen } from '../../src/platform/messaging';
import { saveSettings } from '../../src/platform/storage';
import { collectStrava } from '../../src/sites/strava/reading';
import { stravaPage } from '../../src/sites/strava/page';
import { fakeBrowser } from '../setup/fake-browser';
import { activityUrl, FIXTURES, loadPage, readStrava } from '../sites/strava/load-fixture';
import { trainingLogPage } from '../sites/strava/training-log-pages';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-25T12:00:00Z');
/** The training-log pages are from 2016: imported then (retention counts from now). */
const LOG_DAY = new Date('2016-12-20T12:00:00Z');
const LOG_URL = 'https://www.strava.com/athlete/training_activities';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function optIn(on = true) {
  await saveSettings({ sites: { strava: true }, panelCollapsed: false, importTrainingLog: on });
}

afterEach(() => vi.restoreAllMocks());

describe('whose activity the saved pages show', () => {
  const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !f.includes('-own-'));

  it.each(pages)('%s (someone else’s, or logged out) is never the runner’s own', (name) => {
    const id = /(\d{6,})/.exec(name)?.[1] ?? '2173828434';
    expect(readStrava(loadPage(name), activityUrl(id)).ownership).not.toBe('own');
  });
});

describe('the background decides when the log is read (opt-in, own activity, once a day)', () => {
  const own = () => collectStrava(loadPage('synthetic-classic-ride-own-edit-link.html'), '2173828434');
  const other = () => collectStrava(loadPage('classic-ride-2173828434.html'), '2173828434');
  const sender = { id: 'cramp-check-test-id', tab: { id: 7 } as never, frameId: 0, url: 'https://www.strava.com/activities/2173828434' };
  const ask = async (capture: unknown, at: number) =>
    (await createHandlers(() => new Date(at))['read-page']({ type: 'read-page', site: 'strava', url: sender.url, capture }, sender)).importTrainingLog;

  it('yes on the runner’s own activity with the opt-in, then not again within a day', async () => {
    await optIn();
    expect(await ask(own(), NOW)).toBe(true);
    expect(await ask(own(), NOW + 3600_000)).toBe(false);
    expect(await ask(own(), NOW + DAY - 1)).toBe(false);
    expect(await ask(own(), NOW + DAY)).toBe(true);
  });

  it('no without the opt-in, and no on someone else’s activity', async () => {
    await optIn(false);
    expect(await ask(own(), NOW)).toBe(false);
    await optIn(true);
    expect(await ask(other(), NOW)).toBe(false);
    expect((await fakeBrowser().storage.local.get('trainingLogImportedAt')).trainingLogImportedAt).toBeUndefined();
  });
});

describe('importTrainingLog (content side: fetch and hand over, nothing parsed)', () => {
  it('fetches the training log same-origin as JSON and hands the raw models to the background', async () => {
    listen(createHandlers(() => LOG_DAY));
    const page1 = [...trainingLogPage(1), ...trainingLogPage(2)];
    // A full page (100 models) asks for page 2 as well.
    const full = Array.from({ length: 100 }, (_, i) => page1[i % page1.length]);
    const fetchPage = vi.fn(async (url: string) => json({ models: url.includes('page=1&') ? full : [], page: 1, perPage: 100 }));
    await importTrainingLog(stravaPage, fetchPage);
    expect(fetchPage).toHaveBeenCalledTimes(2);
    expect(fetchPage).toHaveBeenNthCalledWith(1, `${LOG_URL}?page=1&per_page=100`, {
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json, text/javascript' },
    });
    expect(fetchPage.mock.calls[1]?.[0]).toBe(`${LOG_URL}?page=2&per_page=100`);
    expect((await loadHistory()).value).toHaveLength(40);
  });

  it('asks for one page only when the first is not full', async () => {
    listen(createHandlers(() => LOG_DAY));
    const fetchPage = vi.fn(async () => json({ models: trainingLogPage(1) }));
    await importTrainingLog(stravaPage, fetchPage);
    expect(fetchPage).toHaveBeenCalledOnce();
    expect((await loadHistory()).value).toHaveLength(20);
  });

  it.each([
    ['an HTTP error', async () => json({}, 500)],
    ['HTML instead of JSON (logged out)', async () => new Response('<html>login</html>', { status: 200 })],
    ['JSON without models', async () => json({ error: 'x' })],
    ['a network failure', async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('never throws on %s: warns, stores nothing', async (_, fetchPage) => {
    listen(createHandlers(() => LOG_DAY));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(importTrainingLog(stravaPage, fetchPage)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    expect((await loadHistory()).value).toEqual([]);
  });

  it('never throws when the extension cannot be reached', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fetchPage = vi.fn(async () => json({ models: trainingLogPage(1) }));
    await expect(importTrainingLog(stravaPage, fetchPage)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
  });
});
