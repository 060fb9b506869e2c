import { describe, expect, it } from 'vitest';
import { unitsForLocale, unitsToShow } from '../../src/core/locale-units';
import type { Profile } from '../../src/core/profile';

describe('unitsForLocale', () => {
  it.each([
    ['en-US', 'imperial'],
    ['es-US', 'imperial'],
    ['en_US', 'imperial'],
    ['my', 'imperial'],
    ['my-MM', 'imperial'],
    ['en-LR', 'imperial'],
    ['lr', 'imperial'],
    ['en-GB', 'metric'],
    ['en', 'metric'],
    ['de-DE', 'metric'],
    ['zh-Hant-TW', 'metric'],
    ['fr-CA', 'metric'],
    ['', 'metric'],
    ['not a locale', 'metric'],
  ])('%s → %s', (locale, units) => {
    expect(unitsForLocale(locale)).toBe(units);
  });
});

describe('unitsToShow', () => {
  const saved: Profile = { units: 'metric', bodyMassKg: 70 };
  it.each([
    ['unsaved profile, site shows mi, en-GB browser', { units: 'metric' } as Profile, 'en-GB', 'imperial', 'imperial'],
    ['unsaved profile, site shows km, en-US browser', { units: 'metric' } as Profile, 'en-US', 'metric', 'metric'],
    ['unsaved profile, no site seen, en-US browser', { units: 'metric' } as Profile, 'en-US', undefined, 'imperial'],
    ["saved profile: the runner's choice beats the site", saved, 'en-US', 'imperial', 'metric'],
  ] as const)('%s', (_, profile, locale, pageUnits, expected) => {
    expect(unitsToShow(profile, locale, pageUnits)).toBe(expected);
  });
});
