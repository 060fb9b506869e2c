import type { Intake } from '../core/activity';
import { formatNumber } from '../core/format';
import { INTAKE_LIMITS, type IntakeField, type Range } from '../core/limits';
import type { Product } from '../core/product';
import { shownRange, toShown, toStored, type Units, unitSymbol } from '../core/units';
import { t, uiLanguage } from '../platform/i18n';

/** The typed fields, in the order the form shows them. */
export const INTAKE_FIELDS = ['fluidMl', 'sodiumMg', 'carbsG', 'massBeforeKg', 'massAfterKg'] as const satisfies readonly IntakeField[];
/** At most this many servings of one product on one run. */
export const MAX_SERVINGS = 50;

const volumeSymbol = (u: Units) => (u === 'imperial' ? unitSymbol('volume', u) : 'mL');

interface FieldSpec {
  label: (u: Units) => string;
  shown: (u: Units) => Range;
  toStored: (v: number, u: Units) => number;
  toShown: (v: number, u: Units) => number;
}
const mass = (label: 'intakeBefore' | 'intakeAfter'): FieldSpec => ({
  label: (u) => t(label, unitSymbol('mass', u)),
  shown: (u) => shownRange('mass', INTAKE_LIMITS.massBeforeKg, u, 1),
  toStored: (v, u) => Math.round(toStored('mass', v, u) * 100) / 100,
  toShown: (v, u) => Math.round(toShown('mass', v, u) * 10) / 10,
});
/** Each field in the runner's units (mL or fl oz, kg or lb), checked against the stored limits. */
export const INTAKE_SPECS: Record<(typeof INTAKE_FIELDS)[number], FieldSpec> = {
  fluidMl: {
    label: (u) => t('intakeDrink', volumeSymbol(u)),
    shown: (u) => (u === 'imperial' ? shownRange('volume', { min: 0, max: INTAKE_LIMITS.fluidMl.max / 1000 }, u, 0) : INTAKE_LIMITS.fluidMl),
    toStored: (v, u) => Math.round(u === 'imperial' ? toStored('volume', v, u) * 1000 : v),
    toShown: (v, u) => (u === 'imperial' ? Math.round(toShown('volume', v / 1000, u)) : v),
  },
  sodiumMg: { label: () => t('intakeSodium'), shown: () => INTAKE_LIMITS.sodiumMg, toStored: (v) => Math.round(v), toShown: (v) => v },
  carbsG: { label: () => t('intakeCarbs'), shown: () => INTAKE_LIMITS.carbsG, toStored: (v) => Math.round(v), toShown: (v) => v },
  massBeforeKg: mass('intakeBefore'),
  massAfterKg: mass('intakeAfter'),
};

const plain = (n: number) => formatNumber(n, 2, uiLanguage(), { grouping: false });
/** The typed text; a browser empties a number field it cannot read, so that counts as "not a number". */
const read = (form: HTMLFormElement, name: string): string => {
  const input = form.elements.namedItem(name) as HTMLInputElement | null;
  if (input?.validity?.badInput) return 'NaN';
  return input?.value.trim() ?? '';
};

/**
 * What the form says the runner took, in SI: typed amounts plus servings of their products. Any
 * value that is not a number or is outside the limits gives a message naming it and the range, and
 * nothing is sent (what was typed stays in the form).
 */
export function readIntakeForm(form: HTMLFormElement, units: Units, products: readonly Product[]): { intake: Intake } | { error: string } {
  const intake: Intake = {};
  for (const field of INTAKE_FIELDS) {
    const text = read(form, field);
    if (text === '') continue;
    const spec = INTAKE_SPECS[field];
    const value = Number(text.replace(',', '.'));
    if (!Number.isFinite(value)) return { error: t('intakeNotNumber', spec.label(units)) };
    const { min, max } = spec.shown(units);
    if (value < min || value > max) return { error: t('optionsOutOfRange', spec.label(units), plain(min), plain(max)) };
    intake[field] = spec.toStored(value, units);
  }
  for (const [i, product] of products.entries()) {
    const text = read(form, `servings-${i}`);
    if (text === '') continue;
    const count = Number(text.replace(',', '.'));
    if (!Number.isInteger(count) || count < 0 || count > MAX_SERVINGS) return { error: t('optionsOutOfRange', t('intakeServings', product.name), '0', String(MAX_SERVINGS)) };
    if (count === 0) continue;
    if (product.volumeMl > 0) intake.fluidMl = (intake.fluidMl ?? 0) + product.volumeMl * count;
    if (product.sodiumMg > 0) intake.sodiumMg = (intake.sodiumMg ?? 0) + product.sodiumMg * count;
    if (product.carbsG > 0) intake.carbsG = (intake.carbsG ?? 0) + product.carbsG * count;
  }
  // Typed amounts and servings together may still pass a limit (30 bottles of 1 L).
  for (const field of ['fluidMl', 'sodiumMg', 'carbsG'] as const) {
    const value = intake[field];
    const { max } = INTAKE_LIMITS[field];
    if (value !== undefined && value > max) return { error: t('intakeTotalTooMuch', INTAKE_SPECS[field].label(units), plain(INTAKE_SPECS[field].toShown(max, units))) };
  }
  return { intake };
}

/** "1 L drink, 400 mg sodium, 60 g carbohydrate; weighed 70 → 69.2 kg". */
export function intakeSummary(intake: Intake, formatVolume: (ml: number) => string, formatMassKg: (kg: number) => string): string {
  const parts: string[] = [];
  if (intake.fluidMl !== undefined) parts.push(t('intakePartDrink', formatVolume(intake.fluidMl)));
  if (intake.sodiumMg !== undefined) parts.push(t('intakePartSodium', intake.sodiumMg));
  if (intake.carbsG !== undefined) parts.push(t('intakePartCarbs', intake.carbsG));
  const amounts = parts.join(', ');
  if (intake.massBeforeKg === undefined || intake.massAfterKg === undefined) return amounts;
  const weights = t('intakePartWeights', formatMassKg(intake.massBeforeKg), formatMassKg(intake.massAfterKg));
  return amounts === '' ? weights : `${amounts}; ${weights}`;
}
