import { describe, expect, it } from 'vitest';
import { ACTIVITY_TITLE_MAX } from '../../../src/core/limits';
import { interpretStrava } from '../../../src/sites/strava/interpret';
import { collectStrava } from '../../../src/sites/strava/reading';
import { READ_NOW } from '../read-site';
import { activityUrl, loadPage } from './load-fixture';

const titleOf = (page: string) => interpretStrava(JSON.parse(JSON.stringify(collectStrava(loadPage(page)))), activityUrl(), READ_NOW).activity.title;
const forged = (name: string) => interpretStrava({ layout: 'classic', language: 'en', name, cells: [] }, activityUrl(), READ_NOW).activity.title;

describe("the activity's name, as the runner gave it on Strava", () => {
  it.each([
    ['classic-ride-weather-3842740325.html', 'Strade final 50k'],
    ['synthetic-classic-run-own-athlete.html', 'Lunch Run'],
    ['nextjs-walk-13464556946.html', 'Evening Walk'],
    ['public-ride-197593017.html', undefined],
  ])('%s → %s', (page, title) => {
    expect(titleOf(page)).toBe(title);
  });

  it('markup in the name stays text: no element, no attribute survives', () => {
    const title = titleOf('synthetic-classic-ride-hostile.html') ?? '';
    expect(title).not.toMatch(/[<>]/);
  });

  it('is cut to its limit and loses direction overrides and invisible marks', () => {
    expect(forged('x'.repeat(500))).toHaveLength(ACTIVITY_TITLE_MAX);
    expect(forged('Hill\u202E repeats\u200B')).toBe('Hill repeats');
    expect(forged('   ')).toBeUndefined();
  });
});
