import { describe, expect, it } from 'vitest';
import { type Profile, ProfileSchema } from '../../src/core/profile';
import { DEFAULT_SETTINGS } from '../../src/platform/settings';
import { describeImport } from '../../src/options/import-changes';
import { PROFILE_FIELDS } from '../../src/options/profile-fields';
import { fromFormValues, toFormValues } from '../../src/options/profile-form';

const NOW = new Date('2026-06-01T00:00:00Z');
const test = (date: string) => ({ date, preKg: 70, postKg: 69, drankL: 0.5, durationH: 1 });
/** Every field set, twice with different values: `Required` makes a new schema field a type error here too. */
const A: Required<Profile> = {
  bodyMassKg: 70,
  heightCm: 180,
  sex: 'female',
  sweatRateLph: 1.2,
  sweatTests: [test('2026-01-01')],
  sweatSodiumMgPerL: 900,
  saltySweater: true,
  crampHistory: 'often',
  crampMuscles: ['calves'],
  products: [{ name: 'My mix', kind: 'drink', volumeMl: 500, carbsG: 30, sodiumMg: 400 }],
  units: 'metric',
  language: 'de',
};
const B: Required<Profile> = {
  bodyMassKg: 64,
  heightCm: 170,
  sex: 'male',
  sweatRateLph: 0.8,
  sweatTests: [test('2026-02-01')],
  sweatSodiumMgPerL: 600,
  saltySweater: false,
  crampHistory: 'never',
  crampMuscles: ['feet'],
  products: [],
  units: 'imperial',
  language: 'fr',
};
const schemaKeys = (shape: object) => Object.keys(shape).sort();
const withoutUse = (shape: object) => schemaKeys(shape).filter((k) => !Object.hasOwn(PROFILE_FIELDS, k));

describe('profile fields: the schema drives the form and the import preview', () => {
  it('every field of the schema says how the form and the preview use it', () => {
    expect(withoutUse(ProfileSchema.shape)).toEqual([]);
    expect(Object.keys(PROFILE_FIELDS).sort()).toEqual(schemaKeys(ProfileSchema.shape));
  });

  it('a field added to the schema without a line in PROFILE_FIELDS is caught', () => {
    expect(withoutUse({ ...ProfileSchema.shape, restingHeartRate: ProfileSchema.shape.bodyMassKg })).toEqual(['restingHeartRate']);
  });

  it('the form gives back every field it reads, and keeps the ones it does not show', () => {
    for (const profile of [A, B]) {
      const result = fromFormValues(toFormValues(profile), profile);
      if (!('profile' in result)) throw new Error(JSON.stringify(result.errors));
      for (const key of Object.keys(PROFILE_FIELDS) as (keyof Profile)[]) {
        const expected = profile[key];
        if (typeof expected === 'number') expect(result.profile[key], key).toBeCloseTo(expected, 0); // imperial is typed to 0.1 in or lb
        else expect(result.profile[key], key).toEqual(expected);
      }
    }
  });

  it.each(Object.keys(PROFILE_FIELDS) as (keyof Profile)[])('the import preview shows a change of %s, or says why not', (key) => {
    const use = PROFILE_FIELDS[key].preview;
    const lines = describeImport(
      { profile: { ...A, [key]: B[key] }, manual: {}, history: [], historyInvalid: 0, discarded: [] },
      { profile: A, settings: DEFAULT_SETTINGS, stored: {}, now: NOW },
    );
    if ('show' in use) expect(lines).toHaveLength(1);
    else expect(use.notShownBecause.length).toBeGreaterThan(10);
  });
});
