/**
 * After the race: the runner's own activity on a saved race's date, about the course's distance,
 * comes with that race's plan in the panel model; any other activity does not.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { SavedRace } from '../../src/core/race/index';
import { saveRace } from '../../src/platform/races';
import { collectStrava } from '../../src/sites/strava/reading';
import { loadPage } from '../sites/strava/load-fixture';

/** The saved page is from 25 February 2019: its own activity is stored only by a background living then. */
const SPRING_2019 = new Date('2019-03-01T12:00:00Z');
const URL_2173828434 = 'https://www.strava.com/activities/2173828434';

async function readOwnRide() {
  const capture = JSON.parse(JSON.stringify(collectStrava(loadPage('synthetic-classic-ride-own-edit-link.html'), '2173828434'))) as unknown;
  return createHandlers(() => SPRING_2019)['read-page']({ type: 'read-page', site: 'strava', url: URL_2173828434, capture }, { id: 'cramp-check-test-id', tab: { id: 7 } as never, frameId: 0, url: URL_2173828434 });
}

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
});
