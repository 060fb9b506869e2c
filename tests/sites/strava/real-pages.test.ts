/**
 * Every real page reads exactly what it shows. Expected values come from the scraper's
 * `*.expected.json` beside each page (key typo "Acitvity Type" is theirs), converted to SI here
 * by hand — deliberately not with the adapter's own parsers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityUrl, FIXTURES, loadPage, readStrava } from './load-fixture';

interface Overview {
  'Acitvity Type': string;
  Date: string;
  Time: string;
  'Basic Stats': Record<string, string>;
  'Secondary Stats': Record<string, string>;
  'More Stats': Record<string, { Avg: string | null }>;
}

const digits = (s: string) => Number(s.replace(/[^\d.]/g, ''));
const clockS = (s: string) => s.split(':').map(Number).reduce((total, part) => total * 60 + part, 0);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "December 10, 2018" + "10:21 AM on Monday" → "2018-12-10T10:21:00". */
function isoStart(date: string, time: string): string {
  const [monthName = '', day = '', year = ''] = date.replace(',', '').split(' ');
  const [, h = '0', m = '0', ampm] = /(\d+):(\d+) (AM|PM)/.exec(time) ?? [];
  const hours = (Number(h) % 12) + (ampm === 'PM' ? 12 : 0);
  return `${year}-${pad(MONTHS.indexOf(monthName) + 1)}-${pad(Number(day))}T${pad(hours)}:${m}:00`;
}

const CLASSIC_IDS = ['2010126148', '202393090', '214985731', '2173828434', '219185180', '219185306', '219185862'];

describe.each(CLASSIC_IDS)('real classic ride %s', (id) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, `classic-ride-${id}.expected.json`), 'utf8')) as Overview;
  const result = readStrava(loadPage(`classic-ride-${id}.html`), activityUrl(id));
  const basic = expected['Basic Stats'];
  const more = expected['More Stats'];
  const secondary = expected['Secondary Stats'];

  it('is the classic layout of a ride', () => {
    expect(result.layout).toBe('classic');
    expect(expected['Acitvity Type']).toBe('Ride');
    expect(result.activity.sport).toBe('ride');
  });

  it('reads the headline stats in SI units', () => {
    expect(result.activity.distanceM).toBeCloseTo(digits(basic.Distance ?? '') * 1000, 6); // "195.70km"
    expect(result.activity.movingS).toBe(clockS(basic['Moving Time'] ?? ''));
    expect(result.activity.elevationGainM).toBe(digits(basic.Elevation ?? '')); // "1,295m"
    expect(result.activity.energyKj).toBe(digits(secondary['Total Work'] ?? secondary['Energy Output'] ?? ''));
  });

  it('reads the more-stats table, hidden rows included', () => {
    expect(result.activity.elapsedS).toBe(clockS(more['Elapsed Time']?.Avg ?? ''));
    expect(result.activity.calories).toBe(digits(more.Calories?.Avg ?? ''));
    expect(result.activity.temperatureC).toBe(digits(more.Temperature?.Avg ?? '')); // "15℃"
    expect(result.temperatureSource).toBe('device');
    const heartRate = more['Heart Rate']?.Avg;
    expect(result.activity.avgHeartRate).toBe(heartRate ? digits(heartRate) : undefined);
  });

  it('reads the start time as local ISO 8601', () => {
    expect(result.activity.startTime).toBe(isoStart(expected.Date, expected.Time));
  });

  it('says what it could not read, and rejects nothing', () => {
    expect(result.rejected).toEqual([]);
    const unread = result.unread.map((problem) => problem.field).sort();
    const expectedUnread = ['humidityPct', ...(more['Heart Rate'] ? [] : ['avgHeartRate'])].sort();
    expect(unread).toEqual(expectedUnread);
  });
});

describe('real classic ride with a weather panel (3842740325)', () => {
  const result = readStrava(loadPage('classic-ride-weather-3842740325.html'), activityUrl('3842740325'));

  it('prefers the weather temperature (30 ℃) over the device sensor (34 ℃) and reads humidity', () => {
    expect(result.activity.temperatureC).toBe(30);
    expect(result.temperatureSource).toBe('weather');
    expect(result.activity.temperatureSource).toBe('weather');
    expect(result.activity.humidityPct).toBe(37);
  });

  it('reads the rest as shown', () => {
    expect(result.layout).toBe('classic');
    expect(result.activity).toMatchObject({
      sport: 'ride', distanceM: 56_170, movingS: 2 * 3600 + 6 * 60 + 58, elevationGainM: 1130, energyKj: 1454,
      avgHeartRate: 119, calories: 1515, elapsedS: 2 * 3600 + 26 * 60 + 12, startTime: '2020-07-31T10:24:00',
    });
    expect(result.unread).toEqual([]);
    expect(result.rejected).toEqual([]);
  });
});

describe('real logged-out public view (197593017)', () => {
  const result = readStrava(loadPage('public-ride-197593017.html'), activityUrl('197593017'));

  it('reads the props: 39.1 mi, 1:40:01, 1,234 ft, 1271 kcal, September 19, 2014', () => {
    expect(result.layout).toBe('public');
    expect(result.activity.sport).toBe('ride');
    expect(result.activity.distanceM).toBeCloseTo(39.1 * 1609.344, 1);
    expect(result.activity.movingS).toBe(3600 + 40 * 60 + 1);
    expect(result.activity.elevationGainM).toBeCloseTo(1234 * 0.3048, 1);
    expect(result.activity.calories).toBe(1271);
    expect(result.activity.startTime).toBe('2014-09-19');
  });

  it('says the public view shows no temperature, heart rate or elapsed time', () => {
    const unread = result.unread.map((problem) => problem.field);
    expect(unread).toEqual(expect.arrayContaining(['temperatureC', 'avgHeartRate', 'elapsedS', 'humidityPct', 'energyKj']));
    expect(result.activity.temperatureC).toBeUndefined();
  });
});
