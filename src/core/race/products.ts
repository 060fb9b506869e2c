/**
 * The runner's own products, read defensively from the profile ("My products" in the options):
 * a profile without them, or with a broken entry, plans in generic kinds instead.
 */
import { PRODUCT_KINDS, type ProductKind } from '../limits';

export { PRODUCT_KINDS, type ProductKind };

export interface Product {
  name: string;
  kind: ProductKind;
  /** Per serving. */
  volumeMl?: number;
  carbsG?: number;
  sodiumMg?: number;
}

const positive = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0;

export function runnerProducts(profile: unknown): Product[] {
  const list = typeof profile === 'object' && profile !== null ? (profile as { products?: unknown }).products : undefined;
  if (!Array.isArray(list)) return [];
  const out: Product[] = [];
  for (const raw of list) {
    if (typeof raw !== 'object' || raw === null) continue;
    const p = raw as Record<string, unknown>;
    if (typeof p.name !== 'string' || p.name.trim() === '' || !(PRODUCT_KINDS as readonly unknown[]).includes(p.kind)) continue;
    const product: Product = { name: p.name.trim(), kind: p.kind as ProductKind };
    if (positive(p.volumeMl)) product.volumeMl = p.volumeMl;
    if (positive(p.carbsG)) product.carbsG = p.carbsG;
    if (positive(p.sodiumMg)) product.sodiumMg = p.sodiumMg;
    out.push(product);
  }
  return out;
}

/** Generic kinds when the runner has none of their own (carry.ts uses the same typical contents). */
export const GENERIC = {
  /** A gel carries ~20–25 g carbohydrate. */
  gelG: 22.5,
  /** A salt capsule ~200–250 mg sodium. */
  capsuleMg: 225,
  /** A soft flask. */
  flaskMl: 500,
} as const;
