/**
 * Properties of moist air that the globe and wet-bulb balances need (wbgt-liljegren.ts), in the
 * forms Liljegren et al. 2008 use: viscosity, conductivity and the diffusivity of water vapour
 * from kinetic theory (Bird, Stewart & Lightfoot), saturation vapour pressure by Buck 1981
 * with its moist-air factor, and the heat of evaporation from steam tables (283–313 K).
 */
export const STEFAN_BOLTZMANN = 5.6696e-8;
const CP_AIR = 1003.5;
const M_AIR = 28.97;
const M_WATER = 18.015;
const R_AIR = 8314.34 / M_AIR;

/** Saturation vapour pressure over water, hPa, at a temperature in K (Buck 1981, × 1.004 for moist air). */
export function saturationHpa(kelvin: number): number {
  return 1.004 * 6.1121 * Math.exp((17.502 * (kelvin - 273.15)) / (kelvin - 32.18));
}

/** Dynamic viscosity of air, kg/(m·s) (kinetic theory, σ = 3.617 Å, ε/κ = 97 K). */
function viscosity(kelvin: number): number {
  const omega = ((kelvin / 97 - 2.9) / 0.4) * -0.034 + 1.048;
  return (2.6693e-6 * Math.sqrt(M_AIR * kelvin)) / (3.617 * 3.617 * omega);
}

/** Diffusivity of water vapour in air, m²/s (critical-point correlation). */
function diffusivity(kelvin: number, pressureHpa: number): number {
  const tCrit = Math.sqrt(132 * 647.3);
  const scale = (36.4 * 218) ** (1 / 3) * (132 * 647.3) ** (5 / 12) * Math.sqrt(1 / M_AIR + 1 / M_WATER);
  return (3.64e-4 * (kelvin / tCrit) ** 2.334 * scale * 1e-4) / (pressureHpa / 1013.25);
}

export interface AirProperties {
  /** Thermal conductivity, W/(m·K). */
  conductivity: number;
  /** Reynolds number per (m/s · m): ρ/μ, so Re = this × speed × length. */
  reynoldsPerMs: number;
  prandtl: number;
  schmidt: number;
  /** Heat of evaporation of water, J/kg. */
  latentHeat: number;
  /** cp·M_air/M_water, J/(kg·K): turns a vapour-pressure gap into a temperature drop. */
  psychrometricRatio: number;
}

export function airProperties(kelvin: number, pressureHpa: number): AirProperties {
  const mu = viscosity(kelvin);
  const density = (pressureHpa * 100) / (R_AIR * kelvin);
  return {
    conductivity: (CP_AIR + 1.25 * R_AIR) * mu,
    reynoldsPerMs: density / mu,
    prandtl: CP_AIR / (CP_AIR + 1.25 * R_AIR),
    schmidt: mu / (density * diffusivity(kelvin, pressureHpa)),
    latentHeat: ((313.15 - kelvin) / 30) * -71100 + 2.4073e6,
    psychrometricRatio: (CP_AIR * M_AIR) / M_WATER,
  };
}
