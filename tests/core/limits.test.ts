import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActivitySchema, ManualEntrySchema, MuscleSchema } from '../../src/core/activity';
import { ACTIVITY_LIMITS, CRAMP_HISTORY, crampMinuteRange, INTAKE_LIMITS, MANUAL_FIELDS, MOVEMENT_BIN_LIMITS, MOVEMENT_BINS_MAX, MUSCLES, PROFILE_LIMITS, SWEAT_TEST_LIMITS } from '../../src/core/limits';
import { CrampHistorySchema, ProfileSchema, SweatTestSchema } from '../../src/core/profile';
import { cleanProfile } from '../../src/core/profile-inputs';

const run = { source: 'strava', sport: 'run', movingS: 3600 };

describe('limits: defined once, the schemas built from them (issue 13.4)', () => {
  it.each(Object.entries(ACTIVITY_LIMITS))('the activity schema takes %s limits from limits.ts', (field, { min, max }) => {
    const base = field === 'movingS' ? {} : run;
    expect(ActivitySchema.safeParse({ ...run, ...base, [field]: min }).success).toBe(true);
    expect(ActivitySchema.safeParse({ ...run, ...base, [field]: max }).success).toBe(true);
    expect(ActivitySchema.safeParse({ ...run, ...base, [field]: max + 1 }).success).toBe(false);
    expect(ActivitySchema.safeParse({ ...run, ...base, [field]: min - 1 }).success).toBe(false);
  });

  it.each(Object.entries(INTAKE_LIMITS))('an activity\'s intake takes %s limits from limits.ts', (field, { min, max }) => {
    for (const [value, ok] of [[min, true], [max, true], [min - 1, false], [max + 1, false]] as const) {
      expect(ActivitySchema.safeParse({ ...run, intake: { [field]: value } }).success).toBe(ok);
    }
  });

  it.each(Object.entries(MOVEMENT_BIN_LIMITS))("a movement bin's %s takes its limits from limits.ts", (field, { min, max }) => {
    const bin = { speedMs: 2, grade: 0, seconds: 60 };
    const parses = (value: number) => ActivitySchema.safeParse({ ...run, movement: [{ ...bin, [field]: value }] }).success;
    // Time in a bin is more than zero: an empty bin is not written.
    expect(parses(min)).toBe(field !== 'seconds');
    expect(parses(max)).toBe(true);
    expect(parses(max + 0.01)).toBe(false);
    expect(parses(min - 0.01)).toBe(false);
  });

  it('an activity holds at most MOVEMENT_BINS_MAX movement bins', () => {
    const bins = (n: number) => Array.from({ length: n }, () => ({ speedMs: 2, grade: 0, seconds: 10 }));
    expect(ActivitySchema.safeParse({ ...run, movement: bins(MOVEMENT_BINS_MAX) }).success).toBe(true);
    expect(ActivitySchema.safeParse({ ...run, movement: bins(MOVEMENT_BINS_MAX + 1) }).success).toBe(false);
  });

  it("a cramp's minute lies within the activity: elapsed time, else moving time, else the longest activity", () => {
    expect(crampMinuteRange({ movingS: 50 * 60, elapsedS: 52 * 60 + 10 })).toEqual({ min: 0, max: 53 });
    expect(crampMinuteRange({ movingS: 53 * 60 })).toEqual({ min: 0, max: 53 });
    expect(crampMinuteRange({})).toEqual({ min: 0, max: ACTIVITY_LIMITS.elapsedS.max / 60 });
  });

  it('a manual entry is stored with the same limits: 700 mi is refused, 600 mi kept', () => {
    expect(MANUAL_FIELDS.every((f) => f in ACTIVITY_LIMITS)).toBe(true);
    expect(ManualEntrySchema.safeParse({ distanceM: 700 * 1609.344 }).success).toBe(false);
    expect(ManualEntrySchema.safeParse({ distanceM: 600 * 1609.344 }).success).toBe(true);
  });

  it.each(Object.entries(PROFILE_LIMITS))('the profile schema and the engine take %s limits from limits.ts', (field, { min, max }) => {
    for (const [value, ok] of [[min, true], [max, true], [min - 0.01, false], [max + 0.01, false]] as const) {
      expect(ProfileSchema.safeParse({ units: 'metric', [field]: value }).success).toBe(ok);
      const invalid: { field: string; message: string }[] = [];
      cleanProfile({ units: 'metric', [field]: value }, invalid);
      expect(invalid.some((n) => n.field === field)).toBe(!ok);
    }
  });

  it('a sweat test outside the weigh-in limits is refused', () => {
    const test = { date: '2026-07-01', preKg: 70, postKg: 69, drankL: 0.5, durationH: 1 };
    expect(SweatTestSchema.safeParse(test).success).toBe(true);
    expect(SweatTestSchema.safeParse({ ...test, preKg: SWEAT_TEST_LIMITS.massKg.max + 1 }).success).toBe(false);
    expect(SweatTestSchema.safeParse({ ...test, drankL: SWEAT_TEST_LIMITS.drankL.max + 1 }).success).toBe(false);
  });

  it('the muscle list exists once: the schema is built from it and no other file spells it out', () => {
    expect(MuscleSchema.options).toEqual([...MUSCLES]);
    const SRC = resolve(__dirname, '../../src');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));
    const LIST = /\[\s*'calves',\s*'hamstrings'/;
    expect(files(SRC).filter((f) => LIST.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f))).toEqual(['core/limits.ts']);
  });

  it('the cramp-history answers exist once: schema, options form and engine use the list', () => {
    expect(CrampHistorySchema.options).toEqual([...CRAMP_HISTORY]);
    const SRC = resolve(__dirname, '../../src');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));
    // Spelled out as a list or a union anywhere but limits.ts.
    const LIST = /'never'\s*[,|]\s*'sometimes'|'never'\s*\|\|[^\n]*'sometimes'/;
    expect(files(SRC).filter((f) => LIST.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f))).toEqual(['core/limits.ts']);
  });
});
