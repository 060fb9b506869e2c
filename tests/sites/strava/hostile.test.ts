/**
 * Hostile page text (markup in the title, heading, a label and values) is only ever read as
 * text: it never throws, never turns into a value, and never appears as markup in the result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityUrl, loadPage, readStrava } from './load-fixture';

describe('hostile page text', () => {
  const result = readStrava(loadPage('synthetic-classic-ride-hostile.html'), activityUrl());

  it('still reads the honest stats and the sport behind an <img> in the heading', () => {
    // An <img> beside "88 bpm" has no text: the runner sees 88 bpm, and so do we.
    expect(result.activity).toMatchObject({ sport: 'ride', distanceM: 5190, movingS: 755, energyKj: 83, elapsedS: 755, avgHeartRate: 88 });
  });

  it('reads nothing from values that hold markup, and says why', () => {
    expect(result.activity.calories).toBeUndefined();
    expect(result.activity.temperatureC).toBeUndefined();
    const unread = result.unread.map((problem) => problem.field);
    expect(unread).toEqual(expect.arrayContaining(['calories', 'temperatureC', 'elevationGainM']));
  });

  it('returns plain data: no elements, no angle brackets anywhere in the result', () => {
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/[<>]/);
    for (const value of Object.values(result.activity)) expect(typeof value).not.toBe('object');
  });
});

describe('the adapter source never evaluates or injects page content', () => {
  const root = join(__dirname, '../../../src/sites');
  const files = ['strava', 'shared'].flatMap((dir) => readdirSync(join(root, dir)).map((file) => join(root, dir, file)));

  it.each(files)('%s uses no innerHTML, eval, Function, browser.* or window globals', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|\beval\(|new Function|\bbrowser\.|\bwindow\.|document\.(?!documentElement)/);
  });
});
