// The runner's own run that `npm start` opens and the README's screenshots show
// (tests/e2e/surfaces.test.ts takes them): a saved logged-in Strava page of a 10.4 km run, served
// as if run yesterday so it joins the history, with a cramp logged at 48 min in the calves.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLE_RUN_ID = '2173828434';
export const SAMPLE_RUN_URL = `https://www.strava.com/activities/${SAMPLE_RUN_ID}`;
const SAMPLE_RUN_PAGE = 'synthetic-classic-run-own-athlete.html';
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/strava');

/** A saved Strava page, by its file name in tests/fixtures/strava. */
export const fixtureHtml = (/** @type {string} */ name) => readFileSync(join(FIXTURES, name), 'utf8');

/**
 * A saved classic page (from 2173828434, shown "11:04 AM on Monday, February 25, 2019") served as if
 * it started at 11:04 on `day` (UTC calendar date): the shown date and the page's own inline
 * `startDateLocal` both change, as Strava would show them. The history keeps two years counted from
 * now, so a run that must be stored is served recent.
 * @param {string} name
 * @param {Date} day
 */
export function servedOn(name, day) {
  const html = fixtureHtml(name);
  const shown = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(day);
  const localSeconds = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 11, 4, 2) / 1000;
  for (const from of ['11:04 AM on Monday, February 25, 2019', 'startDateLocal: 1551092642,']) {
    if (html.split(from).length !== 2) throw new Error(`${name} no longer holds one ${JSON.stringify(from)}`);
  }
  return html.replace('11:04 AM on Monday, February 25, 2019', `11:04 AM on ${shown}`).replace('startDateLocal: 1551092642,', `startDateLocal: ${localSeconds},`);
}

/** Serves the sample run (yesterday) at its Strava address, for launchWithExtension's `serve`. */
export function serveSampleRun() {
  const body = servedOn(SAMPLE_RUN_PAGE, new Date(Date.now() - 86_400_000));
  return (/** @type {URL} */ url) => (url.hostname === 'www.strava.com' && url.pathname.startsWith(`/activities/${SAMPLE_RUN_ID}`) ? { body } : null);
}

/**
 * Logs the README's cramp on the panel (`host`: a Playwright locator of the panel host) and waits
 * until the panel shows it.
 * @param {import('playwright-core').Locator} host
 */
export async function logSampleCramp(host) {
  await host.getByRole('button', { name: 'I cramped on this run' }).click();
  await host.getByLabel(/minute into the run/).fill('48');
  await host.getByLabel('calves').check();
  await host.getByRole('button', { name: 'Save' }).click();
  await host.getByText(/You logged cramps at 48 min \(calves\)/).waitFor();
}
