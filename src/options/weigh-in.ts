import { type SweatTest, sweatRateFromWeighIn, type Units } from '../core/index';
import { t } from '../platform/i18n';
import { formatPlain, formatRate, parseTyped } from './format';
import { SWEAT_TEST_LIMITS as L } from '../core/limits';
import { roundDigits as round } from '../core/round';
import { type Quantity, shownRange, toStored, unitSymbol } from '../core/units';

/** The weigh-in test as typed, in the runner's units. */
export interface WeighInValues {
  date: string;
  before: string;
  after: string;
  drank: string;
  urine: string;
  /** Minutes, as the planner and the runner's watch count them; stored as hours (SweatTest.durationH). */
  durationMin: string;
  temperature: string;
  humidity: string;
}
export type WeighInField = keyof WeighInValues;
export type WeighInErrors = Partial<Record<WeighInField, string>>;

export const blankWeighIn = (date: string): WeighInValues => ({
  date, before: '', after: '', drank: '', urine: '', durationMin: '', temperature: '', humidity: '',
});

type Parsed = { value?: number; error?: string };

/** The stored test's limits (hours) as the minutes the runner types. */
const MINUTES = { min: L.durationH.min * 60, max: L.durationH.max * 60 };

function field(text: string, what: string, { min, max }: { min: number; max: number }, required: boolean): Parsed {
  const value = parseTyped(text);
  if (value === null) return required ? { error: t('optionsIsNeeded', what) } : {};
  if (!Number.isFinite(value)) return { error: t('optionsMustBeNumber', what) };
  if (value < min || value > max) return { error: t('optionsOutOfRange', what, formatPlain(min), formatPlain(max)) };
  return { value };
}

/** Turns the typed test into a stored SweatTest, or says per field what is wrong. */
export function parseWeighIn(v: WeighInValues, units: Units): { test: SweatTest } | { errors: WeighInErrors } {
  const [m, f, deg] = [unitSymbol('mass', units), unitSymbol('volume', units), unitSymbol('temperature', units)];
  const shown = (quantity: Quantity, range: { min: number; max: number }) => shownRange(quantity, range, units, 1);
  const parsed = {
    before: field(v.before, t('optionsWeightBefore', m), shown('mass', L.massKg), true),
    after: field(v.after, t('optionsWeightAfter', m), shown('mass', L.massKg), true),
    drank: field(v.drank, t('optionsDrank', f), shown('volume', L.drankL), true),
    urine: field(v.urine, t('optionsUrine', f), shown('volume', L.urineL), false),
    durationMin: field(v.durationMin, t('optionsDuration'), MINUTES, true),
    temperature: field(v.temperature, t('optionsTemperature', deg), shown('temperature', L.temperatureC), false),
    humidity: field(v.humidity, t('optionsHumidity'), L.humidityPct, false),
  };
  const errors: WeighInErrors = {};
  for (const [key, p] of Object.entries(parsed)) if (p.error) errors[key as WeighInField] = p.error;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) errors.date = t('optionsDateInvalid');
  if (Object.keys(errors).length > 0) return { errors };

  const num = (p: Parsed) => p.value as number;
  const test: SweatTest = {
    date: v.date,
    preKg: round(toStored('mass', num(parsed.before), units), 2),
    postKg: round(toStored('mass', num(parsed.after), units), 2),
    drankL: round(toStored('volume', num(parsed.drank), units), 3),
    durationH: round(num(parsed.durationMin) / 60, 4),
  };
  if (parsed.urine.value !== undefined) test.urineL = round(toStored('volume', parsed.urine.value, units), 3);
  if (parsed.temperature.value !== undefined) test.temperatureC = round(toStored('temperature', parsed.temperature.value, units), 1);
  if (parsed.humidity.value !== undefined) test.humidityPct = parsed.humidity.value;
  // The masses can each be plausible and still give an impossible test (e.g. swapped before/after).
  const rate = sweatRateFromWeighIn(test).sweatRateLph;
  if (rate < 0.05 || rate > 5) return { errors: { after: t('optionsImplausible', formatRate(rate, units)) } };
  return { test };
}
