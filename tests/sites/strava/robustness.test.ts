/** extract() never throws, whatever the page; other layouts say clearly that nothing was read. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/core/plausibility';
import { activityUrl, pageFromHtml, readStrava } from './load-fixture';

const LABELS = ['Distance', 'Moving Time', 'Elevation', 'Temperature', 'Calories', 'Heart Rate', 'Elapsed Time', 'Distanz', 'Température', 'Pace'];
const VALUES = fc.oneof(
  fc.string(),
  fc.constantFrom('5.19km', '1,295m', '12:35', '−3 °C', '1 448 kJ', 'NaN', 'Infinity', '-5 km', '99:99', '1e309 km', '<b>1</b>', '0:00', '1.2.3,4 km'),
);
const STAT = fc.tuple(fc.constantFrom(...LABELS), VALUES).map(
  ([label, value]) => `<li><strong>${value}</strong><div class='label'>${label}</div></li>`,
);
const CLASSIC_PAGE = fc
  .tuple(fc.array(STAT, { maxLength: 8 }), fc.string(), fc.string())
  .map(([stats, title, time]) => `<title>${title}</title><section id='heading'><div class='activity-summary-container'><div class='details'><time>${time}</time></div><div class='activity-stats'><ul class='inline-stats'>${stats.join('')}</ul></div></div></section>`);
const PUBLIC_PAGE = fc
  .record({ distance: VALUES, time: VALUES, elevation: VALUES, calories: fc.oneof(fc.double(), fc.string()), type: fc.string() })
  .map((activity) => `<div data-react-class="ActivityPublic" data-react-props='${JSON.stringify({ activity }).replaceAll("'", '&#39;')}'></div>`);

describe('extract on random pages', () => {
  it('never throws and never yields out-of-range or non-finite values', () => {
    fc.assert(
      fc.property(fc.oneof(CLASSIC_PAGE, PUBLIC_PAGE, fc.string()), (html) => {
        const result = readStrava(pageFromHtml(html), activityUrl());
        for (const [field, value] of Object.entries(result.activity)) {
          const limit = LIMITS[field as keyof typeof LIMITS];
          if (limit && typeof value === 'number') {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(limit.min);
            expect(value).toBeLessThanOrEqual(limit.max);
          }
        }
        expect(['classic', 'public', 'none']).toContain(result.layout);
      }),
      { numRuns: 300 },
    );
  });

  it('a page with no Strava layout: layout none, every field unread with a reason', () => {
    const result = readStrava(pageFromHtml('<main><h1>Dashboard</h1></main>'), activityUrl());
    expect(result.layout).toBe('none');
    expect(result.activity).toEqual({});
    expect(result.unread.map((p) => p.field)).toEqual(expect.arrayContaining(['movingS', 'distanceM', 'temperatureC', 'sport']));
    expect(result.unread.find((p) => p.field === 'movingS')?.reason).toBe('no Strava stats found on this page');
  });

  it('rejects what no one can do instead of reporting it', () => {
    const page = `<title>x | Run | Strava</title><div class='activity-stats'><ul class='inline-stats'>
      <li><strong>42.2<abbr class='unit' title='kilometers'>km</abbr></strong><div class='label'>Distance</div></li>
      <li><strong>20:00</strong><div class='label'>Moving Time</div></li>
      <li><strong>70<abbr class='unit' title='Degrees Celsius'>℃</abbr></strong><div class='label'>Temperature</div></li></ul></div>`;
    const result = readStrava(pageFromHtml(page), activityUrl());
    expect(result.activity.distanceM).toBeUndefined();
    expect(result.activity.temperatureC).toBeUndefined();
    expect(result.activity.movingS).toBe(1200);
    expect(result.rejected.map((p) => p.field).sort()).toEqual(['distanceM', 'temperatureC']);
  });

  it('rejects a distance that disagrees with the average speed shown (a misread separator)', () => {
    const page = `<title>x | Ride | Strava</title><div class='activity-stats'><ul class='inline-stats'>
      <li><strong>5.190<abbr class='unit' title='kilometers'>km</abbr></strong><div class='label'>Distance</div></li>
      <li><strong>12:35</strong><div class='label'>Moving Time</div></li></ul>
      <div class='more-stats'><table><tr><th>Speed</th><td>24.8<abbr class='unit' title='kilometers per hour'>km/h</abbr></td></tr></table></div></div>`;
    // 8.19 km in 12:35 would be 39 km/h; the page says 24.8 km/h.
    const result = readStrava(pageFromHtml(page.replace('5.190', '8.19')), activityUrl());
    expect(result.rejected.map((p) => p.field)).toEqual(['distanceM']);
    expect(result.rejected[0]?.reason).toMatch(/disagrees with the average speed/);
    const honest = readStrava(pageFromHtml(page), activityUrl());
    expect(honest.unread.find((p) => p.field === 'distanceM')?.reason).toMatch(/could not read/);
  });

  it('reads run pages whose more stats are rows (label div + strong)', () => {
    const page = `<html lang="en"><div class='activity-stats'><div class='section more-stats'>
      <div class='row'><div class='spans5'>Elevation</div><div class='spans3'><strong>62<abbr class='unit' title='meters'>m</abbr></strong></div></div>
      <div class='row'><div class='spans5'>Calories</div><div class='spans3'><strong>659</strong></div></div>
      <div class='row'><div class='spans5'>Elapsed Time</div><div class='spans3'><strong>1:00:04</strong></div></div></div></div></html>`;
    const result = readStrava(pageFromHtml(page), activityUrl());
    expect(result.activity).toMatchObject({ elevationGainM: 62, calories: 659, elapsedS: 3604 });
  });

  it('a bare number where a unit is needed is unread, never assumed metric', () => {
    const page = `<div class='activity-stats'><ul class='inline-stats'><li><strong>21.1</strong><div class='label'>Distance</div></li>
      <li><strong>30°</strong><div class='label'>Temperature</div></li></ul></div>`;
    const result = readStrava(pageFromHtml(page), activityUrl());
    expect(result.activity.distanceM).toBeUndefined();
    expect(result.unread.find((p) => p.field === 'distanceM')?.reason).toMatch(/no unit/);
    expect(result.activity.temperatureC).toBeUndefined();
  });

  it('a race shown in place of the sport marks isRace; the sport comes from the title', () => {
    const page = `<title>Parkrun | Run | Strava</title><section id='heading'><h2><span class='title'><a>Sample Athlete</a> &ndash; Race</span></h2>
      <div class='activity-summary-container'></div></section>`;
    const result = readStrava(pageFromHtml(page), activityUrl());
    expect(result.activity.sport).toBe('run');
    expect(result.activity.isRace).toBe(true);
  });

  it('an elapsed time shorter than the moving time is rejected', () => {
    const page = `<div class='activity-stats'><ul class='inline-stats'><li><strong>54:10</strong><div class='label'>Moving Time</div></li>
      <li><strong>50:00</strong><div class='label'>Elapsed Time</div></li></ul></div>`;
    const result = readStrava(pageFromHtml(page), activityUrl());
    expect(result.activity.elapsedS).toBeUndefined();
    expect(result.rejected).toEqual([{ field: 'elapsedS', reason: 'elapsed time is shorter than moving time' }]);
  });
});
