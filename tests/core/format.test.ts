import { describe, expect, it } from 'vitest';
import {
  formatCarbsG,
  formatDistance,
  formatDuration,
  formatNumber,
  formatPace,
  formatRateLph,
  formatSodiumMg,
  formatTemperature,
  formatVolumeMl,
} from '../../src/core/index';

describe('format', () => {
  it.each([
    [formatVolumeMl(150, 'metric'), '150 mL'],
    [formatVolumeMl(1834, 'metric'), '1.8 L'],
    [formatVolumeMl(150, 'imperial'), '5 fl oz'],
    [formatRateLph(1.2, 'metric'), '1.2 L/h'],
    [formatRateLph(1.2, 'imperial'), '41 fl oz/h'],
    [formatTemperature(30, 'metric'), '30 °C'],
    [formatTemperature(30, 'imperial'), '86 °F'],
    [formatDistance(42_195, 'metric'), '42.2 km'],
    [formatDistance(42_195, 'imperial'), '26.2 mi'],
    [formatDuration(5400), '1 h 30 min'],
    [formatDuration(2700), '45 min'],
    [formatDuration(7200), '2 h'],
    [formatDuration(Number.NaN), '0 min'],
    [formatSodiumMg(3850), '3,850 mg'],
    [formatCarbsG(90), '90 g'],
    [formatPace(1000 / 300, 'metric'), '5:00 /km'],
    [formatPace(1609.344 / 483, 'imperial'), '8:03 /mi'],
    [formatVolumeMl(Number.NaN, 'metric'), '0 mL'],
  ])('%s = %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('is Intl.NumberFormat (cached) in every language: no hand-rolled separators, never "-0"', () => {
    for (const locale of ['en', 'de', 'fr', 'fr-CA', 'es']) {
      for (const [x, digits] of [[1234567.891, 1], [0.05, 1], [3850, 0], [-2.25, 2], [1000, 0]] as const) {
        expect(formatNumber(x, digits, locale)).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(x));
      }
    }
    expect(formatNumber(-0.04, 1)).toBe('0');
    expect(formatNumber(1.2, 2, 'de', { fixed: true })).toBe('1,20');
    expect(formatNumber(3000, 2, 'en', { grouping: false })).toBe('3000');
  });

  it('uses Intl for other locales', () => {
    expect(formatVolumeMl(1834, 'metric', 'de-DE')).toBe('1,8 L');
    expect(formatSodiumMg(3850, 'de-DE')).toBe('3.850 mg');
    expect(formatTemperature(30, 'metric', 'not a locale!')).toBe('30 °C');
  });
});
