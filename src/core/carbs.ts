/**
 * Carbohydrate during and after a session, by duration (Jeukendrup 2014; ACSM/AND/DC 2016)
 * and recovery (Wallis & Podlogar 2022).
 */
export type CarbBand = 'none' | 'mouth-rinse' | 'up-to-30' | 'up-to-60' | 'up-to-90';

export interface CarbAdvice {
  band: CarbBand;
  carbsGPerH: number;
  /** One phrase for the plan and findings. */
  note: string;
}

/** < 45 min none; 45–75 min mouth rinse / small sips; 75 min–2 h 30 g/h; 2–2.5 h 60 g/h; ≥ 2.5 h 90 g/h. */
export function carbAdvice(durationMin: number): CarbAdvice {
  if (!(durationMin >= 45)) return { band: 'none', carbsGPerH: 0, note: 'no carbohydrate needed' };
  if (durationMin < 75) {
    return { band: 'mouth-rinse', carbsGPerH: 0, note: 'a sports-drink mouth rinse or a few sips is enough' };
  }
  if (durationMin < 120) return { band: 'up-to-30', carbsGPerH: 30, note: 'up to 30 g carbohydrate per hour' };
  if (durationMin < 150) return { band: 'up-to-60', carbsGPerH: 60, note: 'up to 60 g carbohydrate per hour' };
  return {
    band: 'up-to-90',
    carbsGPerH: 90,
    note: 'up to 90 g per hour from glucose + fructose mixes, built up in training',
  };
}

/** Recovery: 1.0–1.2 g/kg carbohydrate in the first hour (repeat hourly to 4 h) and ~0.3 g/kg protein. */
export function recovery(durationMin: number, massKg: number): { carbsG: number; carbsGHigh: number; proteinG: number; withinMin: number } {
  if (!(durationMin >= 45)) return { carbsG: 0, carbsGHigh: 0, proteinG: 0, withinMin: 0 };
  return { carbsG: massKg * 1.0, carbsGHigh: massKg * 1.2, proteinG: massKg * 0.3, withinMin: 60 };
}
