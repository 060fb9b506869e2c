/**
 * The background's half of the streams: it says when the track is wanted (the runner's own activity,
 * a site with a track, the streams would change the estimate) and takes a stream's heart rate only
 * for the runner's own activity, only when the page showed none.
 */
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { Runtime } from '../../src/platform/browser';
import { loadHistory } from '../../src/platform/history-store';
import { collectStrava } from '../../src/sites/strava/reading';
import { fakeBrowser } from '../setup/fake-browser';
import { fixtureHtml, pageFromHtml } from '../sites/strava/load-fixture';

const SPRING_2019 = new Date('2019-03-01T12:00:00Z');
const URL_ = 'https://www.strava.com/activities/2173828434';
const fromTab: Runtime.MessageSender = { id: 'cramp-check-test-id', tab: { id: 7 } as never, frameId: 0, url: URL_ };
const asOwner = (html: string) => html.replace('var currentAthleteId = 15925262;', 'var currentAthleteId = 505408;');

type Track = { heartRate?: number; movement?: { speedMs: number; grade: number; seconds: number }[]; splits?: { atM: number; elapsedS: number }[] };

function read(fixture: string, own: boolean, extra: Track = {}) {
  const html = fixtureHtml(fixture).replace(/<iframe\b/gi, '<x-iframe');
  const capture = JSON.parse(JSON.stringify(collectStrava(pageFromHtml(own ? asOwner(html) : html), '2173828434'))) as unknown;
  return createHandlers(() => SPRING_2019)['read-page']({ type: 'read-page', site: 'strava', url: URL_, capture, ...extra }, fromTab);
}

describe('read-page: the track for the effort estimate', () => {
  it('wanted on the runner’s own trail run until its movement arrives; never on someone else’s', async () => {
    expect((await read('synthetic-classic-trail-run-imperial.html', true)).trackWanted).toBe(true);
    expect((await read('synthetic-classic-trail-run-imperial.html', true, { movement: [{ speedMs: 2.9, grade: 0.02, seconds: 3000 }] })).trackWanted).toBeUndefined();
    expect((await read('synthetic-classic-trail-run-imperial.html', false)).trackWanted).toBeUndefined();
  });

  it('the stream’s heart rate: the runner’s own, when the page shows none; the page’s own stays ahead of it', async () => {
    const own = await read('synthetic-classic-run-es.html', true, { heartRate: 157 });
    expect(own.draft).toMatchObject({ avgHeartRate: 157, heartRateSource: 'stream' });
    const other = await read('synthetic-classic-run-es.html', false, { heartRate: 157 });
    expect(other.draft.avgHeartRate).toBeUndefined();
    const shown = await read('synthetic-classic-trail-run-imperial.html', true, { heartRate: 157 });
    expect(shown.draft.avgHeartRate).toBe(88);
    expect(shown.draft.heartRateSource).toBeUndefined();
  });

  it('a later view whose streams never arrive keeps what an earlier view’s streams stored: movement, the stream’s heart rate, splits', async () => {
    const movement = [{ speedMs: 2.9, grade: 0.02, seconds: 3000 }];
    const splits = [
      { atM: 5000, elapsedS: 1700 },
      { atM: 10_400, elapsedS: 3250 },
    ];
    await read('synthetic-classic-run-es.html', true, { movement, splits, heartRate: 157 });
    // The next view's first read goes out before the streams, and here is the only one.
    const writes = vi.spyOn(fakeBrowser().storage.local, 'set');
    const later = await read('synthetic-classic-run-es.html', true);
    // Nothing changed: the history is not written again.
    expect(writes.mock.calls.flatMap(([items]) => Object.keys(items))).not.toContain('history');
    expect(later.draft).toMatchObject({ movement, splits, avgHeartRate: 157, heartRateSource: 'stream' });
    // The estimate of that first read is already costed by the stored movement, not average pace.
    expect(later.analysis?.estimates.sweatWhy).toContain('the pace mix from the speed stream');
    const stored = (await loadHistory(undefined, SPRING_2019)).value.find((a) => a.id === '2173828434');
    expect(stored).toMatchObject({ movement, splits, avgHeartRate: 157, heartRateSource: 'stream' });
    // A new streams answer replaces the stored one.
    const newer = [{ speedMs: 3.1, grade: 0, seconds: 2900 }];
    expect((await read('synthetic-classic-run-es.html', true, { movement: newer, heartRate: 150 })).draft).toMatchObject({ movement: newer, splits, avgHeartRate: 150 });
    // A heart rate the page shows still beats the stored stream's (the same id, a page that shows 88 bpm).
    const shown = await read('synthetic-classic-trail-run-imperial.html', true);
    expect(shown.draft).toMatchObject({ movement: newer, avgHeartRate: 88 });
    expect(shown.draft.heartRateSource).toBeUndefined();
  });

  it('asked for once per activity: a later view of an own activity whose movement is stored does not ask again', async () => {
    expect((await read('synthetic-classic-trail-run-imperial.html', true)).trackWanted).toBe(true);
    await read('synthetic-classic-trail-run-imperial.html', true, { movement: [{ speedMs: 2.9, grade: 0.02, seconds: 3000 }] });
    const later = await read('synthetic-classic-trail-run-imperial.html', true);
    expect(later.trackWanted).toBeUndefined();
    expect(later.draft.movement).toEqual([{ speedMs: 2.9, grade: 0.02, seconds: 3000 }]);
    // Someone else's view of it takes nothing of the runner's stored track.
    const other = await read('synthetic-classic-trail-run-imperial.html', false);
    expect(other.draft.movement).toBeUndefined();
  });
});
