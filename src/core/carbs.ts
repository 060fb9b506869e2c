/**
 * Carbohydrate during and after a session, by duration (Jeukendrup 2014; ACSM/AND/DC 2016)
 * and recovery (Wallis & Podlogar 2022). The bands assume moderate-to-high intensity: at walking
 * and hiking intensities most energy comes from fat, so intake is also capped at a share of the
 * energy the session burns (§10 of the reference).
 */
export type CarbBand = 'none' | 'mouth-rinse' | 'up-to-30' | 'up-to-60' | 'up-to-90' | 'as-tolerated';

export interface CarbAdvice {
  band: CarbBand;
  carbsGPerH: number;
  /** true when the energy share, not the band, set the amount. */
  energyCapped: boolean;
}

/** At most ~55 % of the energy spent per hour from carbohydrate taken in (4 kcal per g). */
export const CARB_ENERGY_SHARE = 0.55;
const KCAL_PER_G = 4;
const J_PER_KCAL = 4184;
/** From 4 h, ultra distances: what the gut tolerates, practised in training (≈ 60 g/h planned). */
const ULTRA_MIN = 240;
const ULTRA_G_PER_H = 60;
/** Walks and hikes: nothing under 90 min, then up to 30 g/h. */
const WALK_START_MIN = 90;

function band(durationMin: number, walking: boolean): { band: CarbBand; g: number } {
  if (walking) return durationMin >= WALK_START_MIN ? { band: 'up-to-30', g: 30 } : { band: 'none', g: 0 };
  if (!(durationMin >= 45)) return { band: 'none', g: 0 };
  if (durationMin < 75) return { band: 'mouth-rinse', g: 0 };
  if (durationMin < 120) return { band: 'up-to-30', g: 30 };
  if (durationMin < 150) return { band: 'up-to-60', g: 60 };
  if (durationMin < ULTRA_MIN) return { band: 'up-to-90', g: 90 };
  return { band: 'as-tolerated', g: ULTRA_G_PER_H };
}

/** Most carbohydrate per hour the session's energy use justifies, g/h (multiples of 5, rounded down). */
export function energyCapG(metabolicW: number): number {
  const kcalPerH = (Math.max(0, metabolicW) * 3600) / J_PER_KCAL;
  return Math.floor((CARB_ENERGY_SHARE * kcalPerH) / KCAL_PER_G / 5) * 5;
}

/**
 * < 45 min none; 45–75 min mouth rinse; 75 min–2 h 30 g/h; 2–2.5 h 60 g/h; 2.5–4 h 90 g/h;
 * from 4 h "as tolerated" (60 g/h planned); walks and hikes up to 30 g/h from 90 min. Never more
 * than CARB_ENERGY_SHARE of the energy spent.
 */
export function carbAdvice(durationMin: number, metabolicW = Number.POSITIVE_INFINITY, walking = false): CarbAdvice {
  const b = band(durationMin, walking);
  const cap = energyCapG(metabolicW);
  return { band: b.band, carbsGPerH: Math.min(b.g, cap), energyCapped: b.g > cap };
}

/** Recovery matters for long or hard sessions; after the rest, the next meal does it. */
const RECOVERY_FROM_MIN = 90;
/** The "within 30 min" window matters when the next session is less than ~8 h away. */
export const RECOVERY_NEXT_WITHIN_H = 8;

/**
 * Recovery: 1.0–1.2 g/kg carbohydrate PER HOUR for up to 4 h, starting within 30 min, and ~0.3 g/kg
 * protein, worth it only when training again within ~8 h (Thomas, Erdman & Burke 2016); only after sessions from 90 min or races. Otherwise zeros: the next meal does.
 */
export function recovery(durationMin: number, massKg: number, race = false): { carbsG: number; carbsGHigh: number; proteinG: number; withinMin: number } {
  if (!(durationMin >= RECOVERY_FROM_MIN) && !(race && durationMin >= 45)) return { carbsG: 0, carbsGHigh: 0, proteinG: 0, withinMin: 0 };
  return { carbsG: massKg * 1.0, carbsGHigh: massKg * 1.2, proteinG: massKg * 0.3, withinMin: 30 };
}
