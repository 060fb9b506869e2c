import { describe, expect, it } from 'vitest';
import { ACTIVITY, activityUrl, golden, readRunalyze, rowsOf, runalyzePage, WEEK, weekUrl } from './fixtures';

interface GoldenRow {
  ID: string;
  Type: string;
  Date: string;
  DistanceKm: number;
}

/** Expected values written by hand from the rows of tests/fixtures/runalyze/2025.05.26-week.html, in SI. */
const RUN_31_MAY = {
  id: '135657751',
  sport: 'run', // icons8-Running
  startTime: '2025-05-31', // "31.05 Sat" in the week from 2025-05-26
  distanceM: 10_400, // "10,4 km"
  movingS: 4279, // "1:11:19"
  elevationGainM: 205, // "205 m"
  calories: 834, // "834 kcal"
  avgHeartRate: 137, // "137 bpm"
  temperatureC: 16, // tooltip "Temperature: 16 °C" (the column shows the same)
  humidityPct: 44, // tooltip "Humidity: 44 %"
  temperatureSource: 'weather',
};

describe('Runalyze data browser (week of 2025-05-26)', () => {
  it('lists the same activities, dates and sports as the golden file', () => {
    const rows = rowsOf(runalyzePage(WEEK));
    const expected = golden<GoldenRow[]>('2025.05.26-week.golden.json');
    expect(rows.map((r) => r.id)).toEqual(expected.map((g) => g.ID));
    expect(rows.map((r) => r.date)).toEqual(expected.map((g) => g.Date));
    expect(rows.map((r) => r.sport)).toEqual(expected.map((g) => (g.Type === 'icons8-Running' ? 'run' : 'ride')));
  });

  it('with no activity in the URL, reads the most recent run listed', () => {
    const result = readRunalyze(runalyzePage(WEEK), weekUrl);
    expect(result.layout).toBe('databrowser');
    expect(result.activity).toEqual(RUN_31_MAY);
    expect(result.temperatureSource).toBe('weather');
    expect(result.rejected).toEqual([]);
    expect(result.unread).toEqual([]);
  });

  it('golden distances match what is read for every row', () => {
    for (const g of golden<GoldenRow[]>('2025.05.26-week.golden.json')) {
      const result = readRunalyze(runalyzePage(WEEK), activityUrl(g.ID));
      expect(result.activity.distanceM).toBe(Math.round(g.DistanceKm * 1000));
      expect(result.activity.startTime).toBe(g.Date);
    }
  });

  it('with an activity in the URL, reads that row (first run of the week, with thousands in kcal elsewhere)', () => {
    const result = readRunalyze(runalyzePage(WEEK), activityUrl('135061341'));
    expect(result.activity).toEqual({
      id: '135061341', sport: 'run', startTime: '2025-05-26', distanceM: 6500, movingS: 2325, elevationGainM: 120, calories: 649,
      avgHeartRate: 159, temperatureC: 14, humidityPct: 61, temperatureSource: 'weather',
    });
    const long = readRunalyze(runalyzePage(WEEK), activityUrl('135433131'));
    expect(long.activity).toMatchObject({ movingS: 11_406, calories: 2723, elevationGainM: 769, humidityPct: 44 }); // "3:10:06", "2 723 kcal"
  });

  it('reads a ride row that shares its day with a run (the date carries on)', () => {
    const result = readRunalyze(runalyzePage(WEEK), activityUrl('135061340'));
    expect(result.activity).toMatchObject({ sport: 'ride', startTime: '2025-05-26', distanceM: 2600, movingS: 501, humidityPct: 60 });
  });

  it('says so when the URL names an activity not in the table', () => {
    const result = readRunalyze(runalyzePage(WEEK), activityUrl('1'));
    expect(result.activity).toEqual({});
    expect(result.unread).toContainEqual({ field: 'movingS', reason: 'activity 1 is not in the table on this page' });
  });
});

describe('Runalyze activity fixture (export menu only)', () => {
  it('finds no stats and says so for every field, without throwing', () => {
    const result = readRunalyze(runalyzePage(ACTIVITY), activityUrl('135061341'));
    expect(result.layout).toBe('none');
    expect(result.activity).toEqual({});
    expect(result.unread.map((u) => u.field)).toContain('movingS');
    expect(new Set(result.unread.map((u) => u.reason))).toEqual(new Set(['no Runalyze activity table found on this page']));
  });
});
