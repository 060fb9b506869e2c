/**
 * The logged-in page cross-checked against its own inline `pageView.activity().set({...})`, with the
 * display's precision (issue 13.7), and whose activity it is (issue 12.1).
 */
import { describe, expect, it } from 'vitest';
import { displayStepM, pageViewNumbers } from '../../../src/sites/strava/page-view';
import { activityUrl, fixtureHtml, loadPage, pageFromHtml, readStrava } from './load-fixture';

const read = (name: string) => readStrava(loadPage(name), activityUrl('2173828434'));

describe('display precision', () => {
  it('a 14 s, 18 m run shown as "0.01 km" is read, not rejected', () => {
    const result = read('synthetic-classic-run-tiny.html');
    expect(result.activity).toMatchObject({ sport: 'run', distanceM: 10, movingS: 14 });
    expect(result.rejected).toEqual([]);
  });

  it('one display step is 10 m for "5.19 km", 1 m for "8 m", 16 m for "6.47 mi"', () => {
    const cell = (value: string, unitTitle: string) => ({ hook: '', label: 'Distance', value, unitTitle, from: 'device' as const });
    expect(displayStepM(cell('5.19km', 'kilometers'))).toBeCloseTo(10, 6);
    expect(displayStepM(cell('8m', 'meters'))).toBe(1);
    expect(displayStepM(cell('6.47mi', 'miles'))).toBeCloseTo(16.09, 2);
  });

  it('reads only plain numbers from the inline literal', () => {
    expect(pageViewNumbers('distance: 5191.1,\n moving_time: 755,\n speedUnit: "mph",\n ftp: null')).toEqual({ distance: 5191.1, moving_time: 755 });
  });
});

describe('the page against its own numbers', () => {
  it('every real classic page agrees with its pageView numbers (nothing rejected for it)', () => {
    for (const id of ['2010126148', '202393090', '214985731', '2173828434', '219185180', '219185306', '219185862']) {
      const result = readStrava(loadPage(`classic-ride-${id}.html`), activityUrl(id));
      expect(result.rejected.filter((r) => /its own data/.test(r.reason))).toEqual([]);
    }
  });

  it('a shown distance that disagrees beyond one display step is replaced by the page’s own number', () => {
    // Derived from the real 2173828434 page: the shown 5.19 km changed to 8.19 km, the inline 5191.1 m kept.
    const doc = pageFromHtml(fixtureHtml('classic-ride-2173828434.html').replace(/<iframe\b/gi, '<x-iframe').replace('5.19<abbr', '8.19<abbr'));
    const result = readStrava(doc, activityUrl('2173828434'));
    expect(result.activity.distanceM).toBe(5191.1);
    expect(result.rejected.find((r) => r.field === 'distanceM')?.reason).toMatch(/8190.*5191\.1/);
  });

  it('a page without stats but with its own numbers reads those', () => {
    const doc = pageFromHtml(fixtureHtml('classic-ride-2173828434.html').replace(/<iframe\b/gi, '<x-iframe').replace(/<strong>5\.19<abbr[\s\S]*?<\/strong>/, '<strong></strong>').replace('<strong>12:35</strong>', '<strong></strong>'));
    expect(readStrava(doc, activityUrl('2173828434')).activity).toMatchObject({ distanceM: 5191.1, movingS: 755 });
  });
});

describe('its own numbers do not depend on the page language', () => {
  /** The real 2173828434 page with every stat label and glossary hook in words no reader knows. */
  const unknownWords = () =>
    fixtureHtml('classic-ride-2173828434.html')
      .replace(/<iframe\b/gi, '<x-iframe')
      .replace(/ data-glossary-term='definition-[\w-]+'/g, '')
      .replace(/\n(Distance|Moving Time|Elevation)\n/g, '\nZzz\n')
      .replace('11:04 AM on Monday, February 25, 2019', '11:04 zzz');

  it('a page whose labels are in an unknown language still gives distance, moving time, elevation gain and start', () => {
    const result = readStrava(pageFromHtml(unknownWords()), activityUrl('2173828434'));
    // pageView: distance 5191.1, moving_time 755, elev_gain 8.0, startDateLocal 1551092642
    expect(result.activity).toMatchObject({ distanceM: 5191.1, movingS: 755, elevationGainM: 8, startTime: '2019-02-25T11:04:02' });
    expect(result.rejected).toEqual([]);
  });

  it('every real classic page shows the elevation and start its own numbers hold', () => {
    for (const [id, elevationM, start] of [
      ['2010126148', 1295, '2018-12-10T10:21'],
      ['202393090', 2584, '2014-10-02T10:13'],
      ['214985731', 1208, '2014-10-28T09:58'],
      ['2173828434', 8, '2019-02-25T11:04'],
      ['219185180', 249, '2014-04-07T18:46'],
      ['219185306', 153, '2014-04-24T11:05'],
      ['219185862', 80, '2014-06-14T12:34'],
    ] as const) {
      // Expected values from each page's scraper parse (classic-ride-<id>.expected.json: "Elevation", "Date", "Time").
      const result = readStrava(loadPage(`classic-ride-${id}.html`), activityUrl(id));
      expect(result.activity.elevationGainM, id).toBe(elevationM);
      expect(result.activity.startTime?.slice(0, 16), id).toBe(start);
      expect(result.rejected, id).toEqual([]);
    }
  });

  it('a shown date without a clock is completed by the page’s own start, nothing rejected', () => {
    const html = fixtureHtml('classic-ride-2173828434.html').replace(/<iframe\b/gi, '<x-iframe').replace('11:04 AM on Monday, February 25, 2019', 'Monday, February 25, 2019');
    const result = readStrava(pageFromHtml(html), activityUrl('2173828434'));
    expect(result.activity.startTime).toBe('2019-02-25T11:04:02');
    expect(result.rejected).toEqual([]);
  });

  it('a shown elevation or start that disagrees with the page’s own is replaced by it, and says so', () => {
    const html = fixtureHtml('classic-ride-2173828434.html')
      .replace(/<iframe\b/gi, '<x-iframe')
      .replace(/<strong>8<abbr/, '<strong>80<abbr')
      .replace('11:04 AM on Monday, February 25, 2019', '11:04 AM on Tuesday, February 26, 2019');
    const result = readStrava(pageFromHtml(html), activityUrl('2173828434'));
    expect(result.activity).toMatchObject({ elevationGainM: 8, startTime: '2019-02-25T11:04:02' });
    expect(result.rejected).toEqual([
      { field: 'elevationGainM', reason: 'the page shows 80, its own data says 8' },
      { field: 'startTime', reason: 'the page shows 2019-02-26T11:04:00, its own data says 2019-02-25T11:04:02' },
    ]);
  });
});

describe('damaged text is refused, not half-read', () => {
  /** A real page (or one derived from it) with one shown value damaged; its inline numbers kept. */
  const damaged = (name: string, from: string, to: string) => {
    const html = fixtureHtml(name).replace(/<iframe\b/gi, '<x-iframe');
    expect(html).toContain(from);
    return readStrava(pageFromHtml(html.replace(from, to)), activityUrl('2173828434'));
  };

  it.each([
    ['synthetic-classic-trail-run-imperial.html', '6.47<abbr', '6\uFEFF.47<abbr', 10412.6],
    ['synthetic-classic-trail-run-imperial.html', '6.47<abbr', '6.4\u200B7<abbr', 10412.6],
    ['classic-ride-2173828434.html', '5.19<abbr', '5 .19<abbr', 5191.1],
    ['classic-ride-2173828434.html', '5.19<abbr', '5\u2060.19<abbr', 5191.1],
  ])('%s: a shown distance %j damaged to %j gives the page’s own number', (name, from, to, ownM) => {
    const result = damaged(name, from, to);
    expect(result.activity.distanceM).toBe(ownM);
    expect(result.rejected.filter((r) => r.field === 'distanceM')).toEqual([]);
  });

  it('a damaged temperature with no number of the page’s own to confirm it is not read at all', () => {
    const result = damaged('classic-ride-2173828434.html', '27<abbr', '2\u200B7<abbr');
    expect(result.activity.temperatureC).toBeUndefined();
    expect(result.unread.find((u) => u.field === 'temperatureC')?.reason).toMatch(/could not read/);
  });

  it('damaged text gives no display step, so it cannot widen the agreement with the page’s number', () => {
    const cell = (value: string) => ({ hook: '', label: 'Distance', value, unitTitle: 'miles', from: 'device' as const });
    expect(displayStepM(cell('6\uFEFF.47mi'))).toBe(0);
    expect(displayStepM(cell('6 .47mi'))).toBe(0);
  });
});

describe('after an in-page route to another activity, the page’s inline data is stale', () => {
  it('its numbers and athlete id are not used for the activity now in the URL', () => {
    // The runner's own page (athlete = viewer), then Strava's router shows activity 999 in the same page.
    const result = readStrava(loadPage('synthetic-classic-ride-own-athlete.html'), activityUrl('999'));
    expect(result.ownership).toBe('unknown');
    expect(result.activity.distanceM).toBe(5190);
  });

  it('the Next.js data script names another activity: only the visible summary is read', () => {
    const result = readStrava(loadPage('nextjs-walk-13464556946.html'), activityUrl('999'));
    expect(result.activity).toMatchObject({ distanceM: 400, movingS: 430 });
    expect(result.activity.startTime).toBeUndefined();
  });
});

describe('whose activity (issue 12.1)', () => {
  it('someone else’s: every saved real page (the viewer is not the athlete, no edit link)', () => {
    expect(read('classic-ride-2173828434.html').ownership).toBe('other');
  });

  it('the runner’s own when the page offers the edit link', () => {
    expect(read('synthetic-classic-ride-own-edit-link.html').ownership).toBe('own');
  });

  it('the runner’s own when the logged-in athlete is the activity’s athlete', () => {
    expect(read('synthetic-classic-ride-own-athlete.html').ownership).toBe('own');
  });

  it('someone else’s although its title quotes "currentAthleteId = <the athlete>" and its description the edit link', () => {
    expect(read('synthetic-classic-ride-spoofed-title.html').ownership).toBe('other');
    expect(read('synthetic-classic-ride-spoofed-description.html').ownership).toBe('other');
  });

  it('the edit link counts only in the page’s own actions menu, the athlete ids only as the page’s code sets them', () => {
    const base = fixtureHtml('classic-ride-2173828434.html').replace(/<iframe\b/gi, '<x-iframe');
    const owned = (html: string) => readStrava(pageFromHtml(html), activityUrl('2173828434')).ownership;
    // An edit link anywhere else (here: beside the stats) is not the menu's.
    expect(owned(base.replace("<div class='section device-section'>", "<a href='/activities/2173828434/edit'>Edit</a><div class='section device-section'>"))).toBe('other');
    // A statement inside a comment of the page's code is not the code.
    expect(owned(base.replace('var currentAthleteId = 15925262;', '// var currentAthleteId = 505408;\n    var currentAthleteId = 15925262;'))).toBe('other');
    expect(owned(base.replace('var currentAthleteId = 15925262;', 'var currentAthleteId = 505408;'))).toBe('own');
  });

  it('unknown when logged out (Next.js page) or when the page names no athlete', () => {
    expect(readStrava(loadPage('nextjs-walk-13464556946.html'), activityUrl('13464556946')).ownership).toBe('unknown');
    expect(readStrava(pageFromHtml('<main></main>'), activityUrl()).ownership).toBe('unknown');
  });
});
