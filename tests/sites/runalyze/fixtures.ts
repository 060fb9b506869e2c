/** The Runalyze fixture pages (tests only), parsed as detached documents, and their golden files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureRunalyze } from '../../../src/sites/runalyze/capture';
import { runalyzeSite } from '../../../src/sites/runalyze/index';
import { activityRows } from '../../../src/sites/runalyze/rows';
import type { Interpreted } from '../../../src/sites/types';
import { READ_NOW } from '../read-site';

const DIR = join(__dirname, '../../fixtures/runalyze');

export const pageFromHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
export const runalyzePage = (name: string): Document => pageFromHtml(readFileSync(join(DIR, name), 'utf8'));
export const golden = <T>(name: string): T => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as T;

export const WEEK = '2025.05.26-week.html';
export const ACTIVITY = 'activity-135061341.html';
export const weekUrl = new URL('https://runalyze.com/databrowser/2025-05-26/2025-06-01');
export const activityUrl = (id: string) => new URL(`https://runalyze.com/activity/${id}`);

/** Reads a Runalyze page as production does (capture → JSON → interpret), synchronously: its capture fetches nothing. */
export function readRunalyze(doc: Document, url: URL, now = READ_NOW): Interpreted {
  return runalyzeSite.background.interpret(JSON.parse(JSON.stringify(captureRunalyze(doc))) as unknown, url, now);
}

/** The data browser's activity rows as the background sees them. */
export function rowsOf(doc: Document) {
  const capture = captureRunalyze(doc);
  return activityRows(capture.rows, capture.from, capture.to);
}
