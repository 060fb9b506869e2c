import { expect } from 'vitest';
import type { ForecastHour, RaceInput, RacePlan } from '../../../src/core/index';

/** Hourly forecast labels on the course's wall clock, from `date`T`firstHour`:00, one temperature per hour. */
export function forecast(date: string, firstHour: number, temperaturesC: readonly number[], humidityPct = 50): ForecastHour[] {
  return temperaturesC.map((temperatureC, i) => ({ time: `${date}T${String(firstHour + i).padStart(2, '0')}:00`, temperatureC, humidityPct }));
}

/** A flat 42.2 km course with stations every 5 km. */
export const flatMarathon = (extra: Partial<RaceInput> = {}): RaceInput => ({
  course: { distanceM: 42_195 },
  goalTimeS: 3.5 * 3600,
  start: '2026-10-04T09:00+02:00',
  stations: [5, 10, 15, 20, 25, 30, 35, 40].map((km) => ({ atM: km * 1000, offers: ['water'] })),
  ...extra,
});

/** The rules every plan keeps, whatever the course, forecast or runner. */
export function expectSafePlan(plan: RacePlan): void {
  expect(plan.legs.length).toBeGreaterThan(0);
  for (const leg of plan.legs) {
    const hours = (leg.endS - leg.startS) / 3600;
    expect(leg.fluidMl).toBeLessThanOrEqual(leg.sweatLowLph * 1000 * hours + 1e-6);
    expect(leg.sodiumMg).toBeLessThanOrEqual(1000 * hours + 1e-6);
    expect(leg.fluidMl).toBeGreaterThanOrEqual(0);
    expect(leg.carbsG).toBeGreaterThanOrEqual(0);
  }
  for (let i = 1; i < plan.legs.length; i++) {
    expect(plan.legs[i]?.fromM).toBe(plan.legs[i - 1]?.toM);
    expect(plan.legs[i]?.startS).toBe(plan.legs[i - 1]?.endS);
  }
  const sum = (f: (l: RacePlan['legs'][number]) => number) => plan.legs.reduce((s, l) => s + f(l), 0);
  expect(plan.totals).toEqual({ fluidMl: sum((l) => l.fluidMl), sodiumMg: sum((l) => l.sodiumMg), carbsG: sum((l) => l.carbsG) });
  if ((plan.legs.at(-1)?.endS ?? 0) >= 4 * 3600) {
    expect(plan.strategy).toBe('thirst');
    expect(plan.safety.map((s) => s.id)).toContain('hyponatremia-signs');
  }
}
