import type { Units } from '../core/profile';

export const LB_PER_KG = 2.20462;
export const CM_PER_IN = 2.54;
export const FL_OZ_PER_L = 33.814;

/** The units the weigh-in test is typed in; everything is stored in SI. */
export const massUnit = (units: Units) => (units === 'imperial' ? 'lb' : 'kg');
export const fluidUnit = (units: Units) => (units === 'imperial' ? 'fl oz' : 'L');
export const temperatureUnit = (units: Units) => (units === 'imperial' ? '°F' : '°C');

export const kgFrom = (value: number, units: Units) => (units === 'imperial' ? value / LB_PER_KG : value);
export const litresFrom = (value: number, units: Units) => (units === 'imperial' ? value / FL_OZ_PER_L : value);
export const celsiusFrom = (value: number, units: Units) => (units === 'imperial' ? ((value - 32) * 5) / 9 : value);

export const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
