import { PRODUCT_KINDS, PRODUCT_LIMITS, PRODUCT_NAME_MAX, type ProductKind } from '../core/limits';
import type { Product } from '../core/product';
import { t } from '../platform/i18n';

export type ProductNumberField = keyof typeof PRODUCT_LIMITS;
export const PRODUCT_NUMBER_FIELDS = Object.keys(PRODUCT_LIMITS) as ProductNumberField[];
export interface ProductFormValues {
  name: string;
  kind: ProductKind;
  volumeMl: string;
  carbsG: string;
  sodiumMg: string;
  caffeineMg: string;
}
export const EMPTY_PRODUCT: ProductFormValues = { name: '', kind: 'drink', volumeMl: '', carbsG: '', sodiumMg: '', caffeineMg: '' };
export type ProductErrors = Partial<Record<keyof ProductFormValues, string>>;

export const productFieldLabel = (field: ProductNumberField): string => t(`product_${field}`);
export const isKind = (x: string): x is ProductKind => (PRODUCT_KINDS as readonly string[]).includes(x);

/**
 * The typed product, or a message by each field that is off: a name, and per serving volume,
 * carbohydrate and sodium inside their limits (empty counts as 0); caffeine optional.
 */
export function readProduct(v: ProductFormValues): { product: Product } | { errors: ProductErrors } {
  const errors: ProductErrors = {};
  const name = v.name.trim();
  if (name === '' || name.length > PRODUCT_NAME_MAX) errors.name = t('productNameInvalid', PRODUCT_NAME_MAX);
  const numbers: Partial<Record<ProductNumberField, number>> = {};
  for (const field of PRODUCT_NUMBER_FIELDS) {
    const text = v[field].trim().replace(',', '.');
    if (text === '') continue;
    const value = Number(text);
    const { min, max } = PRODUCT_LIMITS[field];
    if (!Number.isFinite(value) || value < min || value > max) errors[field] = t('optionsOutOfRange', productFieldLabel(field), String(min), String(max));
    else numbers[field] = value;
  }
  if (Object.keys(errors).length > 0) return { errors };
  const product: Product = { name, kind: v.kind, volumeMl: numbers.volumeMl ?? 0, carbsG: numbers.carbsG ?? 0, sodiumMg: numbers.sodiumMg ?? 0 };
  if (numbers.caffeineMg !== undefined) product.caffeineMg = numbers.caffeineMg;
  return { product };
}
