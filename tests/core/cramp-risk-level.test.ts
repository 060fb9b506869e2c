/**
 * The level alone (the popup's 8-week view) is the full analysis's level, for runs where every
 * rule that can carry risk points fires with points: a shortcut that skipped a rule,
 * read a plan it did not build, or counted a finding differently would give another level here.
 */
import { describe, expect, it } from 'vitest';
import type { Activity, Intake, Profile } from '../../src/core/index';
import { analyze, crampRiskLevel } from '../../src/core/index';
import { RISK_FINDINGS } from '../../src/core/risk';
import { generateHistory } from '../fixtures/history';

const now = new Date('2026-11-25T12:00:00Z');
const DAY = 86_400_000;

/** Three months of runs ending the day before the rated runs, with cramps logged on hot long runs and a last week of rising load. */
const history: Activity[] = generateHistory({ days: 90, count: 400, end: new Date('2026-11-19T07:00:00Z') }).map((a, i) => {
  if (i > 370) return { ...a, distanceM: (a.distanceM ?? 0) * 1.6, movingS: Math.round(a.movingS * 1.6) };
  if (i % 9 === 0) return { ...a, movingS: 6000, distanceM: 17_000, temperatureC: 27, cramp: { cramped: true, atMin: 70, muscles: ['calf'] } };
  if (i % 10 === 0) return { ...a, cramp: { cramped: false } };
  if (i % 13 === 0) return { ...a, isRace: true, movingS: Math.round(a.movingS * 0.85) };
  return a;
});

const start = Date.parse('2026-11-20T07:00:00Z');
const shapes: (Partial<Activity> & Pick<Activity, 'movingS'>)[] = [
  { movingS: 1800, distanceM: 5_000 },
  { movingS: 3300, distanceM: 10_500 },
  { movingS: 2700, distanceM: 10_000 },
  { movingS: 6000, distanceM: 17_000 },
  { movingS: 9000, distanceM: 26_000 },
  { movingS: 14_400, distanceM: 42_195, isRace: true },
  { movingS: 3000, distanceM: 10_000, isRace: true },
  { movingS: 4000, distanceM: 8_000, sport: 'hike' },
];
const weathers: Partial<Activity>[] = [{}, { temperatureC: 8, humidityPct: 60 }, { temperatureC: 24, humidityPct: 55 }, { temperatureC: 29, humidityPct: 75 }, { temperatureC: 33, humidityPct: 40 }];
const intakes: (Intake | undefined)[] = [
  undefined,
  { fluidMl: 400 },
  { fluidMl: 900, sodiumMg: 150 },
  { fluidMl: 600, sodiumMg: 2400 },
  { massBeforeKg: 70, massAfterKg: 67.6, fluidMl: 500 },
  { massBeforeKg: 70, massAfterKg: 70.8, fluidMl: 2500 },
];
const profiles: Profile[] = [
  { units: 'metric' },
  { units: 'metric', bodyMassKg: 62, crampHistory: 'sometimes', saltySweater: true, sex: 'female' },
  { units: 'imperial', language: 'de', crampHistory: 'often', sweatRateLph: 1.6 },
  { units: 'metric', language: 'fr', bodyMassKg: 80, sweatTests: [{ date: '2026-06-01', preKg: 80, postKg: 78.9, drankL: 0.2, durationH: 1 }] },
];

function* cases(): Generator<{ activity: Activity; profile: Profile }> {
  let n = 0;
  for (const profile of profiles)
    for (const shape of shapes)
      for (const weather of weathers)
        for (const intake of intakes) {
          const activity: Activity = { source: 'strava', id: `r${n}`, sport: 'run', startTime: new Date(start + (n % 5) * DAY).toISOString(), ...shape, ...weather };
          if (intake) activity.intake = intake;
          if (n % 7 === 0) activity.cramp = { cramped: true, atMin: 60 };
          n++;
          yield { activity, profile };
        }
}

describe('crampRiskLevel', () => {
  it('is the full analysis’s level for every run, among which every rule that can carry risk points fires with points', () => {
    const fired = new Set<string>();
    const levels = new Set<string>();
    let compared = 0;
    for (const { activity, profile } of cases()) {
      const full = analyze(activity, profile, history, now);
      expect([activity.id, crampRiskLevel(activity, profile, history, now)]).toEqual([activity.id, full.crampRisk.level]);
      for (const f of full.findings) if (RISK_FINDINGS.find((r) => r.id === f.id)?.weight[f.severity]) fired.add(f.id);
      levels.add(full.crampRisk.level);
      compared++;
    }
    expect(compared).toBe(profiles.length * shapes.length * weathers.length * intakes.length);
    expect([...levels].sort()).toEqual(['high', 'low', 'moderate']);
    expect([...fired].sort()).toEqual(RISK_FINDINGS.map((f) => f.id).sort());
  });

  it('a rule reading the plan: logged sodium below or above what the plan asks sets the level', () => {
    const training = generateHistory({ days: 90, count: 400, end: new Date('2026-11-19T07:00:00Z') });
    const hot: Activity = { source: 'strava', id: 'salt', sport: 'run', movingS: 9000, distanceM: 26_000, temperatureC: 29, humidityPct: 75, startTime: '2026-11-20T07:00:00' };
    const salty: Profile = { units: 'metric', bodyMassKg: 62, saltySweater: true };
    const levels = [150, 2400].map((sodiumMg) => {
      const activity = { ...hot, intake: { fluidMl: 900, sodiumMg } };
      const level = crampRiskLevel(activity, salty, training, now);
      expect(level).toBe(analyze(activity, salty, training, now).crampRisk.level);
      return level;
    });
    expect(levels).toEqual(['moderate', 'low']);
  });

  it('never throws: an unreadable activity is the full analysis’s level too', () => {
    for (const bad of [null, 'run', { sport: 'run', movingS: Number.NaN }, { startTime: 7 }] as unknown as Activity[]) {
      expect(crampRiskLevel(bad, { units: 'metric' }, history, now)).toBe(analyze(bad, { units: 'metric' }, history, now).crampRisk.level);
    }
  });
});
