import type { InputNote } from './analysis';
import type { Units } from './profile';

/** The profile after checks: numbers inside the schema's limits, or null (with an `invalid` note). */
export interface CleanProfile {
  massKg: number | null;
  heightCm: number | null;
  female: boolean;
  sweatRateLph: number | null;
  sweatTests: readonly unknown[];
  sodiumMgPerL: number | null;
  saltySweater: boolean;
  crampHistory: 'never' | 'sometimes' | 'often' | null;
  units: Units;
}

type Bag = Record<string, unknown>;

/** Same limits as ProfileSchema, checked by hand so a corrupt profile degrades instead of throwing. */
function readRange(bag: Bag, field: string, min: number, max: number, invalid: InputNote[]): number | null {
  const raw = bag[field];
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max) return raw;
  invalid.push({ field, message: `${String(raw)} is outside ${min}–${max}; ignored` });
  return null;
}

export function cleanProfile(input: unknown, invalid: InputNote[]): CleanProfile {
  const bag: Bag = typeof input === 'object' && input !== null ? (input as Bag) : {};
  const history = bag.crampHistory;
  return {
    massKg: readRange(bag, 'bodyMassKg', 25, 250, invalid),
    heightCm: readRange(bag, 'heightCm', 100, 250, invalid),
    female: bag.sex === 'female',
    sweatRateLph: readRange(bag, 'sweatRateLph', 0.1, 5, invalid),
    sweatTests: Array.isArray(bag.sweatTests) ? bag.sweatTests : [],
    sodiumMgPerL: readRange(bag, 'sweatSodiumMgPerL', 100, 3000, invalid),
    saltySweater: bag.saltySweater === true,
    crampHistory: history === 'never' || history === 'sometimes' || history === 'often' ? history : null,
    units: bag.units === 'imperial' ? 'imperial' : 'metric',
  };
}
