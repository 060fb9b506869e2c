import { describe, expect, it } from 'vitest';
import { unitsForLocale } from '../../src/core/locale-units';

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
