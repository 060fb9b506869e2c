// Strava's streams for the effort estimate in a real browser: the runner's own trail run, with the
// weather lookup off, asks Strava's same-origin streams once and the panel's "why" names the pace
// mix; someone else's asks nothing; the runner's own run whose page shows no heart rate, once the
// history draws their own heart-rate line, is costed by the heart-rate stream, and the why says so.
// Every request is routed (context.route): the pages, the streams (a real Strava answer), nothing else.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { servedOn } from './strava-site';

const STREAMS = readFileSync(resolve(__dirname, '../fixtures/strava/streams-run-708752345.json'), 'utf8');
/** The page as its athlete (505408) sees it. */
const asOwner = (html: string) => html.replace('var currentAthleteId = 15925262;', 'var currentAthleteId = 505408;');
/** The one row that shows the run's average heart rate, taken out (as on a page that does not show it). */
function withoutHeartRate(html: string): string {
  const row = "<th>Heart Rate</th>\n<td>152<abbr class='unit' title='beats per minute'>bpm</abbr></td>";
  if (html.split(row).length !== 2) throw new Error('the page no longer holds one heart-rate row');
  return html.replace(row, '');
}
const yesterday = new Date(Date.now() - 86_400_000);
const pages: Record<string, string> = {
  // The runner's own trail run (6.47 mi, 210 ft, its heart rate shown). Each page is served at the id
  // it names (its ownership is read against it); later tests serve other pages there.
  '2173828434': asOwner(servedOn('synthetic-classic-trail-run-imperial.html', yesterday)),
};
const streams: URL[] = [];
let browser: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  browser = await launchWithExtension({
    extensionDir: 'dist-test',
    serve: (url) => {
      if (url.hostname !== 'www.strava.com') return null;
      const [, id, rest] = /^\/activities\/(\d+)(\/.*)?$/.exec(url.pathname) ?? [];
      if (id && rest === '/streams' && pages[id]) {
        streams.push(url);
        return { body: STREAMS, contentType: 'application/json' };
      }
      return id && rest === undefined && pages[id] ? { body: pages[id] } : null;
    },
  });
});
afterAll(async () => {
  await browser?.close();
});

const whyOf = async (page: Page, id: string, pattern: RegExp) => {
  await page.goto(`https://www.strava.com/activities/${id}`);
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-cramp-check="panel"]')?.shadowRoot?.textContent ?? ''), pattern.source, { timeout: 20_000 });
  return (await waitForPanel(page)).text ?? '';
};

describe('the streams for the effort estimate, weather lookup off', () => {
  it('the runner’s own trail run: one same-origin streams request, and the why names the pace mix', async () => {
    const page = await browser.context.newPage();
    const text = await whyOf(page, '2173828434', /Effort from the pace mix from the speed stream/);
    expect(text).toMatch(/Effort from the pace mix from the speed stream: about \d+ W of metabolic heat/);
    expect(streams.map((u) => u.pathname)).toEqual(['/activities/2173828434/streams']);
    expect(streams[0]?.searchParams.getAll('stream_types[]')).toEqual(['latlng', 'time', 'distance', 'velocity_smooth', 'grade_smooth', 'heartrate']);
    // Nothing went to Open-Meteo (the lookup is off): the launcher refuses any unrouted host, and the panel says no lookup.
    expect(text).not.toContain('Open-Meteo');
    // Viewed again: the stored movement costs it at once, and the streams are not asked a second time.
    const again = await whyOf(page, '2173828434', /Effort from the pace mix from the speed stream/);
    expect(again).toMatch(/Effort from the pace mix from the speed stream: about \d+ W of metabolic heat/);
    expect(streams.map((u) => u.pathname)).toEqual(['/activities/2173828434/streams']);
    await page.close();
  });

  it('someone else’s trail run: analyzed, and not one request for its streams', async () => {
    pages['2173828434'] = servedOn('synthetic-classic-trail-run-imperial.html', yesterday);
    const page = await browser.context.newPage();
    await page.goto('https://www.strava.com/activities/2173828434');
    const panel = await waitForPanel(page);
    expect(panel.text).toContain("isn't your activity");
    expect(panel.text).toMatch(/Effort from pace and climbing/);
    // The worker has answered (the analysis is on the panel); a reload proves no late request either.
    await page.reload();
    await waitForPanel(page);
    expect(streams.map((u) => u.pathname)).toEqual(['/activities/2173828434/streams']);
    await page.close();
  });

  it('with the runner’s own heart-rate line, an own run whose page shows no heart rate is costed by the heart-rate stream', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    // Four flat runs whose heart rate rises with pace: the runner's own line.
    const history = [2.5, 2.8, 3.1, 3.4].map((speed, i) => ({
      source: 'strava',
      id: `9000${i}`,
      sport: 'run',
      movingS: 3600,
      distanceM: speed * 3600,
      elevationGainM: 10,
      avgHeartRate: 135 + 10 * i,
      startTime: new Date(Date.now() - (i + 2) * 86_400_000).toISOString().slice(0, 16),
    }));
    const file = JSON.stringify({ format: 'cramp-check-backup', formatVersion: 1, data: { history } });
    await options.getByLabel('Import data from an export file (.json)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByText('Import applied.').waitFor();
    await options.close();

    // The runner's own flat 10.4 km run in 54:10, its heart-rate row taken out: a page that shows none.
    // Its own id (the page names it throughout): at the trail run's, the trail run's stored movement
    // would stand for it and its streams would not be asked.
    pages['2173828435'] = withoutHeartRate(servedOn('synthetic-classic-run-own-athlete.html', yesterday)).replaceAll('2173828434', '2173828435');
    const page = await browser.context.newPage();
    const text = await whyOf(page, '2173828435', /Effort from heart rate/);
    expect(text).toMatch(/Effort from heart rate \(157 bpm, the heart-rate stream's moving average\), through your own pace-to-heart-rate line from flat runs: about \d+ W/);
    // One request for this page view, as for the first.
    expect(streams.map((u) => u.pathname)).toEqual(['/activities/2173828434/streams', '/activities/2173828435/streams']);
    await page.close();
  });
});
