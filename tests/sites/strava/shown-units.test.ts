import { describe, expect, it } from 'vitest';
import { interpretStrava } from '../../../src/sites/strava/interpret';
import { collectStrava } from '../../../src/sites/strava/reading';
import { READ_NOW } from '../read-site';
import { activityUrl, loadPage } from './load-fixture';

const unitsOf = (page: string) => interpretStrava(JSON.parse(JSON.stringify(collectStrava(loadPage(page)))), activityUrl(), READ_NOW).shownUnits;

describe("the units the Strava page shows (the runner's setting there)", () => {
  it.each([
    ['classic-ride-weather-3842740325.html', 'metric'],
    ['synthetic-classic-trail-run-imperial.html', 'imperial'],
    ['synthetic-classic-run-pace-km.html', 'metric'],
    ['nextjs-walk-13464556946.html', 'metric'],
  ])('%s is in %s', (page, units) => {
    expect(unitsOf(page)).toBe(units);
  });

  it('a page with only a temperature in ℉ is imperial; the distance decides when both are shown', () => {
    const cell = (label: string, value: string, unitTitle: string) => ({ hook: '', label, value, unitTitle, from: 'device' });
    const read = (cells: unknown[]) => interpretStrava({ layout: 'classic', language: 'en', cells }, activityUrl(), READ_NOW).shownUnits;
    expect(read([cell('Temperature', '81 ℉', 'Degrees Fahrenheit')])).toBe('imperial');
    expect(read([cell('Temperature', '81 ℉', 'Degrees Fahrenheit'), cell('Distance', '10.4 km', 'kilometers')])).toBe('metric');
    expect(read([cell('Moving Time', '10:00', '')])).toBeUndefined();
  });
});
