/**
 * The background's half of the streams: it says when the track is wanted (the runner's own activity,
 * a site with a track, the streams would change the estimate) and takes a stream's heart rate only
 * for the runner's own activity, only when the page showed none.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { Runtime } from '../../src/platform/browser';
import { collectStrava } from '../../src/sites/strava/reading';
import { fixtureHtml, pageFromHtml } from '../sites/strava/load-fixture';

const SPRING_2019 = new Date('2019-03-01T12:00:00Z');
const URL_ = 'https://www.strava.com/activities/2173828434';
const fromTab: Runtime.MessageSender = { id: 'cramp-check-test-id', tab: { id: 7 } as never, frameId: 0, url: URL_ };
const asOwner = (html: string) => html.replace('var currentAthleteId = 15925262;', 'var currentAthleteId = 505408;');

function read(fixture: string, own: boolean, extra: { heartRate?: number; movement?: { speedMs: number; grade: number; seconds: number }[] } = {}) {
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
});
