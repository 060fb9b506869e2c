import { READ_NOW } from '../read-site';
import { describe, expect, it } from 'vitest';
import { ActivitySchema } from '../../../src/core/activity';
import { parseTrainingLog, startTimeOf, trainingLogActivity } from '../../../src/sites/strava/training-log';
import { trainingLogPage } from './training-log-pages';

describe('Strava training log, real French pages', () => {
  it('maps every model of both pages to a valid activity', () => {
    for (const page of [1, 2] as const) {
      const { activities, dropped } = parseTrainingLog(trainingLogPage(page), READ_NOW);
      expect(dropped).toEqual([]);
      expect(activities).toHaveLength(20);
      for (const a of activities) expect(ActivitySchema.safeParse(a).success).toBe(true);
    }
  });

  it('reads the raw SI fields, checked by hand against the JSON', () => {
    const [first, second] = parseTrainingLog(trainingLogPage(1), READ_NOW).activities;
    // 799672885: "4,0 km" in 36:36 (39:18 elapsed), +17 m, Sunday 11/12/2016 15:45 in France (14:45 UTC).
    expect(first).toEqual({
      source: 'strava',
      id: '799672885',
      sport: 'run',
      movingS: 2196,
      elapsedS: 2358,
      distanceM: 4014.8,
      elevationGainM: 17.2,
      startTime: '2016-12-11T15:45:50+01:00',
    });
    // A ride in summer time: 12:06:35 local is 10:06:35 UTC.
    expect(second).toMatchObject({ id: '727632286', sport: 'ride', distanceM: 24_780, movingS: 3105, startTime: '2016-09-28T12:06:35+02:00' });
    expect(Date.parse(second?.startTime ?? '')).toBe(Date.parse('2016-09-28T10:06:35Z'));
  });

  it('maps the sports of page 2 (swim → other, walk → walk)', () => {
    const sports = Object.fromEntries(parseTrainingLog(trainingLogPage(2), READ_NOW).activities.map((a) => [a.id, a.sport]));
    expect(sports).toMatchObject({ '652212776': 'other', '651874303': 'walk', '639823327': 'run', '656401541': 'ride' });
  });

  it('reads the pre-2024 shape (`type` instead of `sport_type`, calories)', () => {
    const a = trainingLogActivity({ id: 1, type: 'TrailRun', moving_time_raw: 3600, distance_raw: 9000, start_time: '2024-01-02T08:00:00+0000', calories: 612.4 }, READ_NOW);
    expect(a).toMatchObject({ sport: 'trail_run', calories: 612, startTime: '2024-01-02T08:00:00Z' });
  });

  it('marks races (workout_type 1 for runs)', () => {
    expect(trainingLogActivity({ id: 2, sport_type: 'Run', moving_time_raw: 3600, distance_raw: 10_000, start_date_local_raw: 1_700_000_000, workout_type: 1 }, READ_NOW)).toMatchObject({
      isRace: true,
      startTime: '2023-11-14T22:13:20Z',
    });
  });
});

describe('garbage never throws and is dropped', () => {
  const base = { id: 5, sport_type: 'Run', moving_time_raw: 1800, distance_raw: 5000, start_time: '2026-10-01T07:00:00+0200' };
  it.each([
    [null, 'not an object'],
    ['Run', 'not an object'],
    [[1], 'not an object'],
    [{ ...base, id: 'abc' }, 'no id'],
    [{ ...base, id: -3 }, 'no id'],
    [{ ...base, start_time: 'dim. 11/12/2016', start_date_local_raw: undefined }, 'no start time'],
    [{ ...base, moving_time_raw: 0, elapsed_time_raw: undefined }, 'no duration'],
    [{ ...base, moving_time_raw: '1800' }, 'implausible movingS'],
    [{ ...base, distance_raw: Number.NaN }, 'implausible distanceM'],
    [{ ...base, distance_raw: 5_000_000 }, 'implausible distanceM'],
    [{ ...base, elevation_gain_raw: -5 }, 'implausible elevationGainM'],
    [{ ...base, distance_raw: 42_195, moving_time_raw: 600 }, 'implausible speed'],
  ])('%j → %s', (model, reason) => {
    expect(trainingLogActivity(model, READ_NOW)).toBe(reason);
    expect(parseTrainingLog([model], READ_NOW).activities).toEqual([]);
  });

  it('accepts anything as the models array', () => {
    for (const models of [undefined, null, 'x', 7, {}, [undefined, { get id() { throw new Error('boom'); } }]]) {
      expect(parseTrainingLog(models, READ_NOW).activities).toEqual([]);
    }
  });

  it('falls back to elapsed time when there is no moving time', () => {
    expect(trainingLogActivity({ ...base, moving_time_raw: 0, elapsed_time_raw: 2000 }, READ_NOW)).toMatchObject({ movingS: 2000, startTime: '2026-10-01T07:00:00+02:00' });
  });

  it('writes negative offsets and ignores a local time that disagrees with the instant', () => {
    expect(startTimeOf({ start_time: '2026-03-01T15:00:00+0000', start_date_local_raw: Date.parse('2026-03-01T10:30:00Z') / 1000 })).toBe('2026-03-01T10:30:00-04:30');
    expect(startTimeOf({ start_time: '2026-03-01T15:00:00+0000', start_date_local_raw: 1 })).toBe('2026-03-01T15:00:00Z');
  });
});
