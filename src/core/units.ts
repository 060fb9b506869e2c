/**
 * Every unit conversion in the extension, once. Stored values are SI (m, s, kg, °C,
 * L, cm for height); a runner reads and types them metric or imperial. Exact factors: the
 * international mile, foot, inch and avoirdupois pound (1959), the US customary fluid ounce.
 * Plain numbers only, no zod: content scripts import this.
 */
export type Units = 'metric' | 'imperial';

export const M_PER_KM = 1000;
export const M_PER_MI = 1609.344;
export const M_PER_FT = 0.3048;
export const CM_PER_IN = 2.54;
export const KG_PER_LB = 0.45359237;
/** US fluid ounce: 1/128 US gallon of 3.785411784 L. */
export const ML_PER_FL_OZ = 29.5735295625;

export const fahrenheitFromCelsius = (c: number): number => (c * 9) / 5 + 32;
export const celsiusFromFahrenheit = (f: number): number => ((f - 32) * 5) / 9;

/** A quantity the runner reads or types, in the unit their profile asks for. */
export type Quantity = 'distance' | 'temperature' | 'mass' | 'height' | 'volume';

interface Scale {
  symbol: string;
  /** Shown value → stored (SI) value. */
  toStored: (shown: number) => number;
  /** Stored (SI) value → shown value. */
  toShown: (stored: number) => number;
}

const factor = (symbol: string, storedPerShown: number): Scale => ({
  symbol,
  toStored: (shown) => shown * storedPerShown,
  toShown: (stored) => stored / storedPerShown,
});

/** Stored units: distance m, temperature °C, mass kg, height cm, volume L. */
const SCALES: Record<Quantity, Record<Units, Scale>> = {
  distance: { metric: factor('km', M_PER_KM), imperial: factor('mi', M_PER_MI) },
  temperature: {
    metric: factor('°C', 1),
    imperial: { symbol: '°F', toStored: celsiusFromFahrenheit, toShown: fahrenheitFromCelsius },
  },
  mass: { metric: factor('kg', 1), imperial: factor('lb', KG_PER_LB) },
  height: { metric: factor('cm', 1), imperial: factor('in', CM_PER_IN) },
  volume: { metric: factor('L', 1), imperial: factor('fl oz', ML_PER_FL_OZ / 1000) },
};

/** "km" or "mi", "°C" or "°F", "kg" or "lb", "cm" or "in", "L" or "fl oz". */
export const unitSymbol = (quantity: Quantity, units: Units): string => SCALES[quantity][units].symbol;

/** What the runner typed (in their units) as the stored SI value: 10 mi → 16093.44 m. */
export const toStored = (quantity: Quantity, shown: number, units: Units): number => SCALES[quantity][units].toStored(shown);

/** A stored SI value in the runner's units: 16093.44 m → 10 (mi). */
export const toShown = (quantity: Quantity, stored: number, units: Units): number => SCALES[quantity][units].toShown(stored);

/**
 * A stored range in the runner's units, rounded INWARD to `digits` decimals (25–250 kg → 55.2–551.1
 * lb), so any value typed inside the shown range is inside the stored one and a message can quote it.
 */
export function shownRange(quantity: Quantity, range: { min: number; max: number }, units: Units, digits: number): { min: number; max: number } {
  const f = 10 ** digits;
  const a = toShown(quantity, range.min, units);
  const b = toShown(quantity, range.max, units);
  // 1e-9: 55 °C is 131 °F exactly, not 130.9 after float noise.
  // + 0: a minimum of 0 is 0, not -0.
  return { min: Math.ceil(Math.min(a, b) * f - 1e-9) / f + 0, max: Math.floor(Math.max(a, b) * f + 1e-9) / f };
}
