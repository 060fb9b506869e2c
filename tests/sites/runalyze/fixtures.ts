/** The Runalyze fixture pages (tests only), parsed as detached documents, and their golden files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../fixtures/runalyze');

export const pageFromHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
export const runalyzePage = (name: string): Document => pageFromHtml(readFileSync(join(DIR, name), 'utf8'));
export const golden = <T>(name: string): T => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as T;

export const WEEK = '2025.05.26-week.html';
export const ACTIVITY = 'activity-135061341.html';
export const weekUrl = new URL('https://runalyze.com/databrowser/2025-05-26/2025-06-01');
export const activityUrl = (id: string) => new URL(`https://runalyze.com/activity/${id}`);
