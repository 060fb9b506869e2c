// Serves saved Strava pages at their real addresses, so the extension sees what it would online.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(__dirname, '../fixtures/strava');

export const fixtureHtml = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

/** Answers `https://www.strava.com/activities/<id>[/…]` with the fixture registered for that id. */
export function stravaPages(pages: Record<string, string>) {
  return (url: URL) => {
    if (url.hostname !== 'www.strava.com') return null;
    const match = url.pathname.match(/^\/activities\/(\d+)/);
    const name = match?.[1] ? pages[match[1]] : undefined;
    return name ? { body: fixtureHtml(name) } : null;
  };
}

/**
 * A saved classic page (from 2173828434, shown "11:04 AM on Monday, February 25, 2019") served as if
 * it started at 11:04 on `day` (UTC calendar date): the shown date and the page's own inline
 * `startDateLocal` both change, as Strava would show them. The history keeps two years counted from
 * now, so a test that must store the run serves it recent.
 */
export function servedOn(name: string, day: Date): string {
  const html = fixtureHtml(name);
  const shown = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(day);
  const localSeconds = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 11, 4, 2) / 1000;
  for (const from of ['11:04 AM on Monday, February 25, 2019', 'startDateLocal: 1551092642,']) {
    if (html.split(from).length !== 2) throw new Error(`${name} no longer holds one ${JSON.stringify(from)}`);
  }
  return html.replace('11:04 AM on Monday, February 25, 2019', `11:04 AM on ${shown}`).replace('startDateLocal: 1551092642,', `startDateLocal: ${localSeconds},`);
}
