import { describe, expect, it } from 'vitest';
import { garminActivityFromJson } from '../../../src/sites/garmin/from-json';
import { activityJson, weatherJson } from './fixtures';

/**
 * Expected values written by hand from tests/fixtures/garmin/activity-trail-run.json (summaryDTO)
 * and synthetic-weather-from-public-docs.json, converted to SI.
 */
const FROM_SUMMARY = {
  id: '12345678901',
  sport: 'trail_run', // activityTypeDTO.typeKey "trail_running"
  startTime: '2026-01-08T08:10:21-06:00', // startTimeLocal "2026-01-08T08:10:21.0", startTimeGMT "2026-01-08T14:10:21.0"
  distanceM: 4261.19, // distance 4261.19 m
  movingS: 2216, // movingDuration 2216.0 s
  elapsedS: 2225, // elapsedDuration 2225.441 s
  elevationGainM: 151, // elevationGain 151.0 m
  avgHeartRate: 142, // averageHR 142.0
  calories: 390, // calories 390.0
};

describe('garminActivityFromJson on the real activity payload', () => {
  it('prefers the weather station (61 °F → 16.1 °C, 55 %) over the wrist sensor', () => {
    const result = garminActivityFromJson(activityJson(), weatherJson());
    expect(result.layout).toBe('api');
    expect(result.activity).toEqual({ ...FROM_SUMMARY, temperatureC: 16.1, humidityPct: 55, temperatureSource: 'weather' });
    expect(result.temperatureSource).toBe('weather');
    expect(result.unread).toEqual([]);
    expect(result.rejected).toEqual([]);
  });

  it('falls back to the wrist sensor (averageTemperature 18.997 °C) and says why humidity is missing', () => {
    const result = garminActivityFromJson(activityJson(), undefined, 'the Garmin weather data could not be loaded: Garmin answered HTTP 404');
    expect(result.activity).toEqual({ ...FROM_SUMMARY, temperatureC: 19, temperatureSource: 'device' });
    expect(result.temperatureSource).toBe('device');
    expect(result.unread).toEqual([{ field: 'humidityPct', reason: 'the Garmin weather data could not be loaded: Garmin answered HTTP 404' }]);
  });

  it('uses the wrist sensor when the weather payload has no temperature', () => {
    const result = garminActivityFromJson(activityJson(), { temp: null, relativeHumidity: 40 });
    expect(result.activity).toMatchObject({ temperatureC: 19, temperatureSource: 'device', humidityPct: 40 });
  });

  it('keeps the local wall clock without an offset when startTimeGMT is missing or disagrees', () => {
    for (const gmt of [undefined, 'not a time', '2026-01-09T14:10:21.0']) {
      const json = activityJson() as { summaryDTO: Record<string, unknown> };
      json.summaryDTO.startTimeGMT = gmt;
      expect(garminActivityFromJson(json).activity.startTime).toBe('2026-01-08T08:10:21');
    }
  });

  it('uses timer duration when movingDuration is missing, and marks races', () => {
    const json = activityJson() as { summaryDTO: Record<string, unknown>; eventTypeDTO: Record<string, unknown> };
    delete json.summaryDTO.movingDuration;
    json.eventTypeDTO.typeKey = 'race';
    const result = garminActivityFromJson(json);
    expect(result.activity.movingS).toBe(2223); // duration 2223.327 s
    expect(result.activity.isRace).toBe(true);
  });

  it.each([
    ['running', 'run'],
    ['treadmill_running', 'run'],
    ['trail_running', 'trail_run'],
    ['hiking', 'hike'],
    ['walking', 'walk'],
    ['road_biking', 'ride'],
    ['indoor_cycling', 'ride'],
    ['stand_up_paddleboarding_v2', 'other'],
  ])('type %s is %s', (typeKey, sport) => {
    const json = activityJson() as { activityTypeDTO: Record<string, unknown> };
    json.activityTypeDTO.typeKey = typeKey;
    expect(garminActivityFromJson(json).activity.sport).toBe(sport);
  });
});
