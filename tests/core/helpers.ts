import type { Activity, Profile } from '../../src/core/index';

export const profile = (p: Partial<Profile> = {}): Profile => ({ units: 'metric', bodyMassKg: 70, heightCm: 175, ...p });

export const run = (a: Partial<Activity> = {}): Activity => ({
  source: 'manual',
  sport: 'run',
  movingS: 3600,
  distanceM: 10_000,
  temperatureC: 15,
  humidityPct: 50,
  startTime: '2024-06-01T08:00:00Z',
  ...a,
});

const DAY = 24 * 3600 * 1000;
/** A run `daysBefore` days before 2024-06-01T08:00Z. */
export const pastRun = (daysBefore: number, distanceM: number, movingS: number, extra: Partial<Activity> = {}): Activity => ({
  source: 'manual',
  id: `past-${daysBefore}-${distanceM}`,
  sport: 'run',
  movingS,
  distanceM,
  startTime: new Date(Date.parse('2024-06-01T08:00:00Z') - daysBefore * DAY).toISOString(),
  ...extra,
});
