import { MAX_PRODUCTS, PRODUCT_KINDS, PRODUCT_LIMITS as L, PRODUCT_NAME_MAX, type ProductKind } from './limits';
import { inRange, z } from './zod';

/** One of the runner's own products, per serving (a bottle, a gel, a capsule…). */
export const ProductSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(PRODUCT_NAME_MAX)),
  kind: z.enum(PRODUCT_KINDS),
  volumeMl: inRange(L.volumeMl),
  carbsG: inRange(L.carbsG),
  sodiumMg: inRange(L.sodiumMg),
  caffeineMg: z.optional(inRange(L.caffeineMg)),
});
export type Product = z.infer<typeof ProductSchema>;
export const ProductListSchema = z.array(ProductSchema).check(z.maxLength(MAX_PRODUCTS));

/**
 * Generic kinds with typical values per serving, to start a list from: every label differs, so the
 * options page shows them as "typical: check your label". Sports drink ≈ 6 % carbohydrate; gels
 * 20–25 g; salt capsules 200–250 mg sodium; a medium banana ≈ 27 g (USDA).
 */
export const STARTER_PRODUCTS: readonly (Omit<Product, 'name'> & { starter: string })[] = [
  { starter: 'water', kind: 'drink', volumeMl: 500, carbsG: 0, sodiumMg: 0 },
  { starter: 'sportsDrink', kind: 'drink', volumeMl: 500, carbsG: 30, sodiumMg: 300 },
  { starter: 'electrolyteMix', kind: 'drink', volumeMl: 500, carbsG: 0, sodiumMg: 500 },
  { starter: 'gel', kind: 'gel', volumeMl: 0, carbsG: 22, sodiumMg: 50 },
  { starter: 'chews', kind: 'chew', volumeMl: 0, carbsG: 24, sodiumMg: 100 },
  { starter: 'saltCapsule', kind: 'capsule', volumeMl: 0, carbsG: 0, sodiumMg: 215 },
  { starter: 'banana', kind: 'food', volumeMl: 0, carbsG: 27, sodiumMg: 0 },
];
export type { ProductKind };

/** The totals of `count` servings of each product. */
export function servingTotals(picks: readonly { product: Product; count: number }[]): { fluidMl: number; carbsG: number; sodiumMg: number } {
  let fluidMl = 0;
  let carbsG = 0;
  let sodiumMg = 0;
  for (const { product, count } of picks) {
    fluidMl += product.volumeMl * count;
    carbsG += product.carbsG * count;
    sodiumMg += product.sodiumMg * count;
  }
  return { fluidMl, carbsG, sodiumMg };
}

/** The profile's products when they are valid; a damaged list is ignored whole (plans fall back to generic kinds). */
export function profileProducts(profile: unknown): Product[] {
  const raw = typeof profile === 'object' && profile !== null ? (profile as { products?: unknown }).products : undefined;
  const parsed = ProductListSchema.safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}
