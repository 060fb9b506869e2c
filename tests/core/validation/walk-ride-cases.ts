// Published walking and cycling group means for walks-rides.test.ts, with what each source left out
// assumed and named in the case (docs/science.md §1 cites each source and the figures read).
import type { Activity } from '../../../src/core/index';
import { wbgtC } from '../../../src/core/heat';
import { CYCLING_GROSS_EFFICIENCY } from '../../../src/core/metabolic';

export interface Case {
  sport: 'walk' | 'ride';
  name: string;
  activity: Partial<Activity>;
  massKg: number;
  heightCm: number;
  measured: number;
}

/** Height that gives a reported DuBois surface area at a reported mass (the studies give area, not height). */
const heightForArea = (massKg: number, areaM2: number) => (areaM2 / (0.007184 * massKg ** 0.425)) ** (1 / 0.725);
/** Work at the pedals, kJ, that leaves a reported heat production (metabolic minus work) at the engine's efficiency. */
const workForHeat = (heatW: number, seconds: number) => ((heatW * CYCLING_GROSS_EFFICIENCY) / (1 - CYCLING_GROSS_EFFICIENCY)) * seconds / 1000;
/** Air temperature that gives a reported WBGT at an assumed humidity by the engine's own shade formula. */
export function airForWbgt(wbgt: number, humidityPct: number): number {
  let lo = -10;
  let hi = 50;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (wbgtC(mid, humidityPct) < wbgt) lo = mid;
    else hi = mid;
  }
  return Math.round(lo * 10) / 10;
}

const WALK_RH = 70;
const WILLMOTT_KG = 69.44;
/** What each abstract reported; what it left out is assumed and said in the name. */
export const CASES: Case[] = [
  {
    sport: 'walk',
    name: `Women, outdoor walk ~1 h at 6.0 km/h, WBGT 26.2 °C (O'Neal, Poulos & Bishop 2012; ${WALK_RH} % RH, ${airForWbgt(26.2, WALK_RH)} °C, 58 kg, 165 cm assumed)`,
    activity: { sport: 'walk', movingS: 3600, distanceM: 6000, temperatureC: airForWbgt(26.2, WALK_RH), humidityPct: WALK_RH },
    massKg: 58,
    heightCm: 165,
    measured: 528 / 1000, // 528 mL in about 1 h
  },
  {
    sport: 'ride',
    name: 'Cycling 60 min, heat production 542 W, 24.8 °C, 26 % RH, high-fitness group (Jay et al. 2011)',
    activity: { sport: 'ride', movingS: 3600, distanceM: undefined, energyKj: workForHeat(542, 3600), temperatureC: 24.8, humidityPct: 26 },
    massKg: 78.2,
    heightCm: heightForArea(78.2, 1.97),
    measured: 434 / 1000, // 434 mL in 60 min
  },
  {
    sport: 'ride',
    name: 'Cycling 60 min, heat production 535 W, 24.8 °C, 26 % RH, low-fitness group (Jay et al. 2011)',
    activity: { sport: 'ride', movingS: 3600, distanceM: undefined, energyKj: workForHeat(535, 3600), temperatureC: 24.8, humidityPct: 26 },
    massKg: 78.7,
    heightCm: heightForArea(78.7, 1.94),
    measured: 440 / 1000, // 440 mL in 60 min
  },
  {
    sport: 'ride',
    name: 'Cycling 30 min, 2 then 1 W/kg, 22 °C, 45 % RH (Willmott et al. 2018, no sauna suit; 175 cm assumed)',
    activity: { sport: 'ride', movingS: 1800, distanceM: undefined, energyKj: (1.5 * WILLMOTT_KG * 1800) / 1000, temperatureC: 22, humidityPct: 45 },
    massKg: WILLMOTT_KG,
    heightCm: 175,
    measured: 0.56,
  },
  {
    sport: 'ride',
    name: 'Cycling 30 min, 2 then 1 W/kg, 45 °C, 20 % RH (Willmott et al. 2018, no sauna suit; 175 cm assumed)',
    activity: { sport: 'ride', movingS: 1800, distanceM: undefined, energyKj: (1.5 * WILLMOTT_KG * 1800) / 1000, temperatureC: 45, humidityPct: 20 },
    massKg: WILLMOTT_KG,
    heightCm: 175,
    measured: 1.14,
  },
];
