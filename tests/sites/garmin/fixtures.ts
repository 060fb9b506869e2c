/** The Garmin fixtures (tests only): the real activity payload, names and ids replaced, and a synthetic weather payload. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../fixtures/garmin');

export function garminFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(DIR, name), 'utf8'));
}

export const activityJson = () => garminFixture('activity-trail-run.json');
export const weatherJson = () => garminFixture('synthetic-weather-from-public-docs.json');

/** A Response-like answer for a fake fetch. */
export function reply(status: number, body: unknown): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
