/**
 * Reads a page the way production does (tests only): the site's page half captures it (the content
 * script's job), the capture goes through JSON as a message would, and the site's background half
 * interprets it (the background's job).
 */
import type { FetchFn, Interpreted, SiteDefinition } from '../../src/sites/types';

/** The "now" page reads are checked against (start times more than a day after it are refused). */
export const READ_NOW = new Date('2026-11-25T12:00:00Z');

const noFetch: FetchFn = async () => {
  throw new Error('this test page fetches nothing');
};

export async function readSite(site: SiteDefinition, doc: Document, url: URL, fetchFn: FetchFn = noFetch, now = READ_NOW): Promise<Interpreted> {
  const capture = await site.page.capture(doc, url, fetchFn);
  return site.background.interpret(JSON.parse(JSON.stringify(capture)) as unknown, url, now);
}
