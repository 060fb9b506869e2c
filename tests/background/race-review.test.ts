/**
 * After the race: the runner's own activity on a saved race's date, about the course's distance,
 * comes with that race's plan in the panel model; any other activity does not.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { SavedRace } from '../../src/core/race/index';
import { reviewRace } from '../../src/core/race/review';
import { loadHistory } from '../../src/platform/history-store';
import { RequestSchema } from '../../src/platform/messages';
import { saveRace } from '../../src/platform/races';
import { collectStrava } from '../../src/sites/strava/reading';
import { loadPage } from '../sites/strava/load-fixture';

/** The saved page is from 25 February 2019: its own activity is stored only by a background living then. */
const SPRING_2019 = new Date('2019-03-01T12:00:00Z');
const URL_2173828434 = 'https://www.strava.com/activities/2173828434';

type Splits = { atM: number; elapsedS: number }[];

const movement = [
  { speedMs: 6.5, grade: 0.02, seconds: 400 },
  { speedMs: 8.1, grade: -0.01, seconds: 300 },
];

async function readRide(fixture: string, splits?: Splits) {
  const capture = JSON.parse(JSON.stringify(collectStrava(loadPage(fixture), '2173828434'))) as unknown;
  return createHandlers(() => SPRING_2019)['read-page'](
    { type: 'read-page', site: 'strava', url: URL_2173828434, capture, ...(splits ? { splits, movement } : {}) },
    { id: 'cramp-check-test-id', tab: { id: 7 } as never, frameId: 0, url: URL_2173828434 },
  );
}
const readOwnRide = (splits?: Splits) => readRide('synthetic-classic-ride-own-edit-link.html', splits);

// The track's splits of the 5.19 km ride: slower on the first half than the second.
const trackSplits: Splits = [
  { atM: 1000, elapsedS: 150 },
  { atM: 2000, elapsedS: 300 },
  { atM: 2595, elapsedS: 400 },
  { atM: 4000, elapsedS: 560 },
  { atM: 5190, elapsedS: 700 },
];

// The ride on the page: 5.19 km on 25 February 2019, 11:04.
const race = (patch: Partial<SavedRace> = {}): SavedRace => ({
  name: 'Lunch Crit',
  course: { distanceM: 5000, points: [] },
  date: '2019-02-25',
  time: '11:00',
  goalTimeS: 720,
  sport: 'ride',
  stations: [{ atM: 2500, offers: ['water'] }],
  ...patch,
});

describe('read-page after a race', () => {
  it("the runner's own activity on the race date, about the course's distance: the race's plan comes with the panel", async () => {
    await saveRace(race(), SPRING_2019);
    const model = await readOwnRide();
    expect(model.ownership).toBe('own');
    expect(model.race?.name).toBe('Lunch Crit');
    expect(model.race?.goalTimeS).toBe(720);
    expect(model.race?.legs.map((l) => [l.fromM, l.toM])).toEqual([
      [0, 2500],
      [2500, 5000],
    ]);
  });

  it('another date, or a course far longer than the activity: no race', async () => {
    await saveRace(race({ name: 'Next day', date: '2019-02-26' }), SPRING_2019);
    await saveRace(race({ name: 'Longer', course: { distanceM: 10_000, points: [] } }), SPRING_2019);
    expect((await readOwnRide()).race).toBeUndefined();
  });

  it("the track's splits sent with the read: kept on the runner's own activity, so the review compares per leg", async () => {
    await saveRace(race(), SPRING_2019);
    const model = await readOwnRide(trackSplits);
    expect(model.draft.splits).toEqual(trackSplits);
    const stored = (await loadHistory(undefined, SPRING_2019)).value.find((a) => a.id === '2173828434');
    expect(stored?.splits).toEqual(trackSplits);
    expect(stored?.movement).toEqual(movement);
    const review = model.race ? reviewRace(model.race, model.draft) : null;
    // Scaled to the 5 km course, the 2595 m split is the station at 2500 m.
    expect(review?.legs).toEqual([
      { fromM: 0, toM: 2500, plannedS: expect.any(Number), tookS: 400 },
      { fromM: 2500, toM: 5000, plannedS: expect.any(Number), tookS: 300 },
    ]);
  });

  it("splits sent with someone else's activity are not taken", async () => {
    await saveRace(race(), SPRING_2019);
    const model = await readRide('classic-ride-2173828434.html', trackSplits);
    expect(model.ownership).toBe('other');
    expect(model.draft.splits).toBeUndefined();
    expect(model.draft.movement).toBeUndefined();
  });

  it('splits the Activity schema refuses (over 300, not numbers, time zero) make the message malformed', () => {
    const message = (splits: unknown) => RequestSchema.safeParse({ type: 'read-page', site: 'strava', url: URL_2173828434, capture: null, splits }).success;
    expect(message(trackSplits)).toBe(true);
    expect(message(Array.from({ length: 301 }, (_, i) => ({ atM: (i + 1) * 10, elapsedS: i + 1 })))).toBe(false);
    expect(message([{ atM: '1000', elapsedS: 150 }])).toBe(false);
    expect(message([{ atM: 1000, elapsedS: 0 }])).toBe(false);
  });
});
