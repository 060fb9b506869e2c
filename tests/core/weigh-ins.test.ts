import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activity';
import { ProfileSchema } from '../../src/core/profile';
import { sweatTestsOf } from '../../src/core/weigh-ins';

const walk: Activity = {
  source: 'strava',
  id: '42',
  sport: 'walk',
  movingS: 7200,
  distanceM: 10_000,
  temperatureC: 27,
  humidityPct: 40,
  startTime: '2026-07-01T09:00',
  intake: { fluidMl: 500, massBeforeKg: 70, massAfterKg: 69.5 },
};

describe('sweatTestsOf', () => {
  it('adds one weigh-in per activity with both weights, with its conditions and link', () => {
    const profileTest = { date: '2026-05-01', preKg: 70, postKg: 69, drankL: 0.2, durationH: 1 };
    const tests = sweatTestsOf({ sweatTests: [profileTest] }, [walk, { ...walk, id: '43', intake: { massBeforeKg: 70 } }, { ...walk, id: '44', intake: undefined }]);
    expect(tests).toEqual([
      profileTest,
      { date: '2026-07-01', preKg: 70, postKg: 69.5, drankL: 0.5, durationH: 2, sport: 'walk', temperatureC: 27, humidityPct: 40, distanceM: 10_000, activityId: 'strava:42' },
    ]);
  });

  it('never throws on a corrupt history entry', () => {
    expect(sweatTestsOf({}, [null, 3, { intake: { massBeforeKg: '70', massAfterKg: 69 } }] as unknown as Activity[])).toEqual([]);
  });

  it('the profile schema keeps a weigh-in with its sport, metabolic rate, sun and link', () => {
    const test = { date: '2026-07-01', preKg: 70, postKg: 69, drankL: 0, durationH: 1, sport: 'ride', metabolicW: 900, radiationWm2: 600, activityId: 'strava:1' };
    expect(ProfileSchema.parse({ units: 'metric', sweatTests: [test] }).sweatTests).toEqual([test]);
    expect(() => ProfileSchema.parse({ units: 'metric', sweatTests: [{ ...test, radiationWm2: 5000 }] })).toThrow();
  });
});

describe('the analysis reads weigh-ins logged on history activities', () => {
  it('a weigh-in logged on a past activity makes the estimate personal', async () => {
    const { analyze } = await import('../../src/core/analyze');
    const today: Activity = { ...walk, id: '50', intake: undefined, startTime: '2026-07-08T09:00' };
    expect(analyze(today, { units: 'metric' }, []).estimates.sweatRateLph.basis).toBe('predicted');
    expect(analyze(today, { units: 'metric' }, [walk]).estimates.sweatRateLph.basis).toBe('personal');
  });
});
