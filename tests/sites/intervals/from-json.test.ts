import { describe, expect, it } from 'vitest';
import { intervalsActivityFromJson } from '../../../src/sites/intervals/from-json';
import { syntheticActivity } from './fixtures';

/** Expected values written by hand from the fixture, in SI. */
const EXPECTED = {
  id: 'i12345678',
  sport: 'run', // type "Run"
  startTime: '2025-07-12T07:42:10+02:00', // start_date_local, start_date "2025-07-12T05:42:10Z"
  distanceM: 10_234.5, // distance m
  movingS: 3185, // moving_time s
  elapsedS: 3302, // elapsed_time s
  elevationGainM: 87.4, // total_elevation_gain m
  avgHeartRate: 152, // average_heartrate
  calories: 712, // calories kcal
  temperatureC: 23.3, // average_weather_temp 23.26 °C, not the device's average_temp 29.4
  humidityPct: 68, // average_humidity
  temperatureSource: 'weather',
};

describe('intervalsActivityFromJson', () => {
  it('maps the synthetic API payload, preferring the weather temperature', () => {
    const result = intervalsActivityFromJson(syntheticActivity());
    expect(result.layout).toBe('api');
    expect(result.activity).toEqual(EXPECTED);
    expect(result.temperatureSource).toBe('weather');
    expect(result.unread).toEqual([]);
    expect(result.rejected).toEqual([]);
  });

  it('keeps the local wall clock without an offset when start_date is missing', () => {
    const { start_date: _instant, ...rest } = syntheticActivity();
    expect(intervalsActivityFromJson(rest).activity.startTime).toBe('2025-07-12T07:42:10');
  });

  it('falls back to the device sensor, and to weather_humidity', () => {
    const json = { ...syntheticActivity(), average_weather_temp: null, has_weather: false, average_humidity: undefined, weather_humidity: 71 };
    const result = intervalsActivityFromJson(json);
    expect(result.activity).toMatchObject({ temperatureC: 29.4, temperatureSource: 'device', humidityPct: 71 });
  });

  it('reads a one-activity list, marks races, and names what is missing', () => {
    const { calories: _calories, ...rest } = syntheticActivity();
    const result = intervalsActivityFromJson([{ ...rest, type: 'TrailRun', race: true }]);
    expect(result.activity).toMatchObject({ sport: 'trail_run', isRace: true });
    expect(result.unread).toEqual([{ field: 'calories', reason: 'the activity data has no calories' }]);
  });

  it.each([['VirtualRide', 'ride'], ['Walk', 'walk'], ['Hike', 'hike'], ['Swim', 'other']])('type %s is %s', (type, sport) => {
    expect(intervalsActivityFromJson({ ...syntheticActivity(), type }).activity.sport).toBe(sport);
  });
});
