/** Strava's logged-out Next.js page (2025), real fixture: the JSON first, the visible summary as the fallback. */
import { describe, expect, it } from 'vitest';
import { collectStrava } from '../../../src/sites/strava/reading';
import { stravaPage } from '../../../src/sites/strava/page';
import { activityUrl, fixtureHtml, loadPage, pageFromHtml, readStrava } from './load-fixture';

const PAGE = 'nextjs-walk-13464556946.html';
const URL_OF_PAGE = activityUrl('13464556946');
/** The real page with its `__NEXT_DATA__` script emptied (derived, synthetic): only the visible summary is left. */
const withoutNextData = () => pageFromHtml(fixtureHtml(PAGE).replace(/(<script id="__NEXT_DATA__" type="application\/json">)[\s\S]*?(<\/script>)/, '$1oops$2'));

describe('the logged-out Next.js page', () => {
  it('reads sport, start, moving time, distance and elevation from __NEXT_DATA__', () => {
    const result = readStrava(loadPage(PAGE), URL_OF_PAGE);
    expect(result.layout).toBe('next');
    expect(result.activity).toEqual({ title: 'Evening Walk', sport: 'walk', startTime: '2025-01-27T19:07:55', movingS: 430, distanceM: 407.5, elevationGainM: 0 });
    expect(result.rejected).toEqual([]);
    // No temperature on this page: the panel's state is partial (tests/background/page.test.ts).
    expect(result.unread.map((u) => u.field)).toContain('temperatureC');
    expect(result.ownership).toBe('unknown');
  });

  it('copies only what it reads: a small capture, no streams, no athlete list', () => {
    const capture = collectStrava(loadPage(PAGE), '13464556946');
    expect(capture.next?.summaryDistance).toBe('0.4 km');
    expect(capture.next?.summaryTime).toBe('7m 10s');
    expect(JSON.stringify(capture).length).toBeLessThan(3000);
  });

  it('falls back to the visible summary when the JSON is unreadable (0.4 km, 7m 10s)', () => {
    const result = readStrava(withoutNextData(), URL_OF_PAGE);
    expect(result.layout).toBe('next');
    expect(result.activity).toMatchObject({ distanceM: 400, movingS: 430 });
    expect(result.unread.find((u) => u.field === 'startTime')?.reason).toBeTruthy();
  });

  it('mounts the panel right after the activity summary, never by hashed class names', () => {
    const doc = loadPage(PAGE);
    const mount = stravaPage.mountPoint(doc);
    expect(mount?.parent).toBe(doc.querySelector('[data-cy="activity-summary"]')?.parentElement);
    expect(mount?.before).toBe(doc.querySelector('[data-cy="activity-summary"]')?.nextSibling);
  });
});
