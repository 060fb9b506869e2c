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

/** The sample run's page served on a given day (scripts/lib/sample-run.mjs: `npm start` serves it too). */
export { servedOn } from '../../scripts/lib/sample-run.mjs';
