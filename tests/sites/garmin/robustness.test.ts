import { describe, expect, it } from 'vitest';
import { garminActivityFromJson } from '../../../src/sites/garmin/from-json';
import { garminPage } from '../../../src/sites/garmin/page';
import { activityJson } from './fixtures';

const GARBAGE: unknown[] = [
  undefined, null, 0, 'summaryDTO', [], [activityJson()], { summaryDTO: null }, { summaryDTO: [] }, { summaryDTO: 'x' },
  { summaryDTO: { distance: '4261', movingDuration: Number.NaN, averageHR: Number.POSITIVE_INFINITY, startTimeLocal: 42 } },
  { activityTypeDTO: 'running', summaryDTO: { movingDuration: 60 } },
  JSON.parse('{"__proto__": {"movingDuration": 60}, "summaryDTO": {"__proto__": {"distance": 1}}}'),
];

describe('Garmin robustness', () => {
  it.each(GARBAGE.map((g) => [g]))('never throws on %j', (garbage) => {
    expect(() => garminActivityFromJson(garbage, garbage)).not.toThrow();
    const result = garminActivityFromJson(garbage, garbage);
    expect(result.activity.distanceM).toBeUndefined();
  });

  it('reports non-numbers as unread, naming the key', () => {
    const result = garminActivityFromJson({ summaryDTO: { distance: '4261', movingDuration: 60 } });
    expect(result.unread).toContainEqual({ field: 'distanceM', reason: 'distance in the activity data is not a number' });
    expect(result.activity.movingS).toBe(60);
  });

  it('rejects implausible values instead of using them', () => {
    const json = activityJson() as { summaryDTO: Record<string, unknown> };
    Object.assign(json.summaryDTO, { averageHR: 400, calories: -5, averageTemperature: 90 });
    const result = garminActivityFromJson(json, { temp: 300, relativeHumidity: 140 });
    expect(result.activity.avgHeartRate).toBeUndefined();
    expect(result.activity.calories).toBeUndefined();
    expect(result.activity.temperatureC).toBeUndefined();
    expect(result.activity.humidityPct).toBeUndefined();
    expect(result.temperatureSource).toBeUndefined();
    expect(result.rejected.map((r) => r.field).sort()).toEqual(['avgHeartRate', 'calories', 'humidityPct', 'temperatureC', 'temperatureC']);
  });

  it('rejects a distance no one could cover in the time, and elapsed shorter than moving', () => {
    const json = activityJson() as { summaryDTO: Record<string, unknown> };
    Object.assign(json.summaryDTO, { distance: 426_119, elapsedDuration: 100 });
    const result = garminActivityFromJson(json);
    expect(result.activity.distanceM).toBeUndefined();
    expect(result.activity.elapsedS).toBeUndefined();
    expect(result.rejected.map((r) => r.field).sort()).toEqual(['distanceM', 'elapsedS']);
  });

});

describe('Garmin mount point', () => {
  const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');

  it('goes at the top of the app’s main area when there is one', () => {
    const doc = page('<div id="root"><nav></nav><main><h1>Run</h1></main></div>');
    const mount = garminPage.mountPoint(doc);
    expect(mount?.parent.tagName).toBe('MAIN');
    expect(mount?.before).toBe(doc.querySelector('main h1'));
    // The app renders late: its container is watched, so a capture made too early is made again.
    expect(garminPage.statsRoot?.(doc)?.tagName).toBe('MAIN');
  });

  it('else in the shell’s root, else at the top of the body', () => {
    expect(garminPage.mountPoint(page('<div id="root"><p>x</p></div>'))?.parent.id).toBe('root');
    const bare = page('<p>loading</p>');
    expect(garminPage.mountPoint(bare)).toEqual({ parent: bare.body, before: bare.body.firstChild });
  });
});
