/** Loads a Strava fixture page from tests/fixtures/strava as a detached Document (tests only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stravaSite } from '../../../src/sites/strava/index';
import { collectStrava } from '../../../src/sites/strava/reading';
import { stravaActivityId } from '../../../src/sites/strava/url';
import type { Interpreted } from '../../../src/sites/types';
import { READ_NOW } from '../read-site';

export const FIXTURES = join(__dirname, '../../fixtures/strava');

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/**
 * Fixture pages link stylesheets, iframes and scripts: happy-dom must neither fetch nor run them
 * (and should not log each refusal), so the test sees only the markup, as the adapter does.
 */
const happyDom = (globalThis as { happyDOM?: { settings: Record<string, unknown> } }).happyDOM;
if (happyDom) Object.assign(happyDom.settings, { handleDisabledFileLoadingAsSuccess: true, disableJavaScriptEvaluation: true });

export function loadPage(name: string): Document {
  // happy-dom logs every iframe it refuses to load (Google Tag Manager's); the adapter never looks at iframes.
  return pageFromHtml(fixtureHtml(name).replace(/<iframe\b/gi, '<x-iframe'));
}

export function pageFromHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export const activityUrl = (id = '1') => new URL(`https://www.strava.com/activities/${id}`);

/**
 * Reads a Strava page as production does, synchronously (Strava's capture needs no fetch): the
 * page half copies its text, the copy travels as JSON, the background half interprets it.
 */
export function readStrava(doc: Document, url: URL, now = READ_NOW): Interpreted {
  const capture = JSON.parse(JSON.stringify(collectStrava(doc, stravaActivityId(url) ?? ''))) as unknown;
  return stravaSite.background.interpret(capture, url, now);
}
