// After the race, in a real browser: the runner saved a race (as the race page does, with its
// `save-race` message), then opens their own Strava activity of that race again. The first view
// (before the race is saved: no review) asked Strava's same-origin streams once for the effort (a real
// Strava answer: 6106.6 m in 4070 s) and the history kept their splits; the view after the race is
// saved compares each leg's planned time with the time taken from them, asking nothing again.
// Every request is routed: the page, the streams.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { servedOn } from './strava-site';

const ID = '2173828434';
const ACTIVITY = `https://www.strava.com/activities/${ID}`;
const STREAMS = readFileSync(resolve(__dirname, '../fixtures/strava/streams-run-708752345.json'), 'utf8');
/** The streams' last `time`: the run's elapsed time by its own record (the fixture's README). */
const STREAMS_ELAPSED_S = 4070;
const ranOn = new Date(Date.now() - 86_400_000);
/** The runner's own trail run (6.47 mi), as its athlete (505408) sees it, served as run yesterday. */
const PAGE = servedOn('synthetic-classic-trail-run-imperial.html', ranOn).replace('var currentAthleteId = 15925262;', 'var currentAthleteId = 505408;');
/** The race that run was: its date, a course of the run's length (within the 10 % a watch strays), a station halfway. */
const RACE = {
  name: 'Club 10k',
  course: { distanceM: 10_400, points: [0, 5_200, 10_400].map((atM, i) => ({ atM, eleM: i === 1 ? 260 : 200 })) },
  date: ranOn.toISOString().slice(0, 10),
  time: '11:00',
  goalTimeS: 4_200,
  sport: 'run',
  stations: [{ atM: 5_200, offers: ['water'] }],
};

const streams: string[] = [];
let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  browser = await launchWithExtension({
    serve: (url) => {
      if (url.hostname !== 'www.strava.com') return null;
      if (url.pathname === `/activities/${ID}/streams`) {
        streams.push(url.pathname);
        return { body: STREAMS, contentType: 'application/json' };
      }
      return url.pathname === `/activities/${ID}` ? { body: PAGE } : null;
    },
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Minutes of a formatDuration text ("1 h 7 min", "34 min"). */
const minutes = (text: string) => {
  const [, h, m] = /^(?:(\d+) h)?\s*(?:(\d+) min)?$/.exec(text.trim()) ?? [];
  if (h === undefined && m === undefined) throw new Error(`not a duration: ${text}`);
  return Number(h ?? 0) * 60 + Number(m ?? 0);
};

describe('after the race: the review per leg on the race’s own Strava activity', () => {
  it('before the race is saved the panel has no review; once saved, each leg planned against taken, from the streams', async () => {
    const page = await browser.context.newPage();
    await page.goto(ACTIVITY);
    // A trail run: the effort estimate asks the streams at this first view, and the history keeps their splits.
    await page.waitForFunction(() => /Effort from the pace mix from the speed stream/.test(document.querySelector('[data-cramp-check="panel"]')?.shadowRoot?.textContent ?? ''), undefined, { timeout: 20_000 });
    const before = await waitForPanel(page);
    expect(before.text).not.toContain('Your race');
    expect(await page.locator('[data-cramp-check="panel"] .cc-race-review').count()).toBe(0);
    expect(streams).toEqual([`/activities/${ID}/streams`]);

    const racePage = await browser.context.newPage();
    await racePage.goto(`chrome-extension://${browser.extensionId}/src/race/index.html`);
    const saved = await racePage.evaluate((race) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'save-race', race }), RACE);
    expect(saved).toMatchObject({ ok: true });
    await racePage.close();

    streams.length = 0;
    await page.reload();
    const review = page.locator('[data-cramp-check="panel"] .cc-race-review');
    await review.locator('li').first().waitFor({ timeout: 20_000 });
    expect(await review.locator('h3').textContent()).toBe('Your race: Club 10k');
    // The review reads the splits the first view stored: the streams are asked once per activity.
    expect(streams).toEqual([]);
    const legs = await review.locator('li').allTextContents();
    expect(legs).toHaveLength(2);
    const [first, second] = legs.map((leg) => {
      const match = /^(.+) to (.+): planned (.+), took (.+)$/.exec(leg);
      if (!match) throw new Error(`not a leg: ${leg}`);
      return { from: match[1], to: match[2], planned: minutes(match[3] as string), took: minutes(match[4] as string) };
    });
    // The station halfway (5.2 km) splits the course: to 3.2 mi, then on to 6.5 mi (the page is in miles).
    if (!first || !second) throw new Error('two legs expected');
    expect([first, second].map((l) => [l.from, l.to])).toEqual([
      ['0 mi', '3.2 mi'],
      ['3.2 mi', '6.5 mi'],
    ]);
    // The plan spreads the 70 min goal: the climbing first leg gets more of it.
    expect(Math.abs(first.planned + second.planned - RACE.goalTimeS / 60)).toBeLessThanOrEqual(1);
    expect(first.planned).toBeGreaterThan(second.planned);
    // The legs taken add up to the streams' own elapsed time (each rounded to the minute), neither leg all of it.
    expect(Math.abs(first.took + second.took - STREAMS_ELAPSED_S / 60)).toBeLessThanOrEqual(1);
    for (const leg of [first, second]) expect(leg.took).toBeGreaterThan(10);
    expect(await review.textContent()).not.toContain('The page shows no splits');
    await page.close();
  });
});
