import { heatBalance, MAX_SWEAT_LPH } from './heat-balance';
import type { Power } from './metabolic';
import type { Point } from './personal-fit';

const WATTS_PER_LPH = 675;
/**
 * Cool-weather floor: heat balance predicts little sweat in the cool, yet marathoners at 7 °C sweat
 * ≈ 0.8 L/h (Rehrer & Burke 1996). Half the heat the body makes (metabolic minus work at the
 * pedals) is taken to leave as sweat at 5 °C, rising by 0.5 % of it per °C above (so the floor
 * never hides the heat: at a fixed effort, warmer still means more) and falling to 30 % at −15 °C
 * and below. The points are a calibration (docs/science.md §1), not published constants.
 */
export function floorFraction(temperatureC: number): number {
  if (temperatureC >= 5) return Math.min(0.75, 0.5 + 0.005 * (temperatureC - 5));
  if (temperatureC <= -15) return 0.3;
  return 0.3 + ((temperatureC + 15) / 20) * 0.2;
}

export interface Conditions {
  power: Power;
  massKg: number;
  heightCm: number;
  temperatureC: number;
  humidityPct: number;
  /** The sun's heat on the runner, W/m² (solar-load.ts); absent or 0: shade. */
  solarLoadWm2?: number;
}

/** The physics estimate with its cool-weather floor and ISO 7933 ceiling, L/h. */
export function modelSweat(c: Conditions): { lph: number; uncompensable: boolean } {
  const hb = heatBalance({
    metabolicW: c.power.metabolicW,
    externalWorkW: c.power.externalWorkW,
    massKg: c.massKg,
    heightCm: c.heightCm,
    temperatureC: c.temperatureC,
    humidityPct: c.humidityPct,
    airSpeedMs: c.power.airSpeedMs,
    solarLoadWm2: c.solarLoadWm2,
  });
  // The sun enters through heat balance only: where this floor sets the rate (the cool), it adds nothing,
  // the cautious side for a drinking plan that must not run above the sweat.
  const floor = (floorFraction(c.temperatureC) * Math.max(0, c.power.metabolicW - c.power.externalWorkW)) / WATTS_PER_LPH;
  const raw = Number.isFinite(hb.sweatLph) ? hb.sweatLph : floor;
  return { lph: Math.min(MAX_SWEAT_LPH, Math.max(floor, raw)), uncompensable: hb.uncompensable };
}

export const physicsSweatLph = (c: Conditions): number => modelSweat(c).lph;

export interface SweatRateInput {
  measuredLph: number | null;
  sweatTests: readonly unknown[];
  /** Best guess, then the cool/dry and hot/humid ends when weather is unknown (equal when known). */
  central: Conditions;
  cool: Conditions;
  warm: Conditions;
  /** Today's sport: a weigh-in from another sport is carried over with more doubt. */
  sport: string;
  /** The effort of a weigh-in: its own metabolic rate, else its sport at its own pace, else its sport at the runner's usual pace. */
  powerOf: (p: Point) => Power;
  /** The runner's usual running effort (worked out when asked: only a typed rate needs it): where a typed rate without conditions is taken to be measured. */
  usualRunPower: () => Power;
}

