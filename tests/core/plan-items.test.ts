import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, ProductSchema } from '../../src/core/index';
import type { Product } from '../../src/core/product';
import { PRODUCT_KINDS } from '../../src/core/limits';
import { planItems } from '../../src/core/plan-items';
import { profile, run } from '../core/helpers';

const mix: Product = { name: 'My mix', kind: 'drink', volumeMl: 500, carbsG: 30, sodiumMg: 400 };
const gel: Product = { name: 'Citrus gel', kind: 'gel', volumeMl: 0, carbsG: 25, sodiumMg: 50 };
const caps: Product = { name: 'Salt caps', kind: 'capsule', volumeMl: 0, carbsG: 0, sodiumMg: 250 };
const hot3h = run({ movingS: 3 * 3600, distanceM: 30_000, temperatureC: 24, humidityPct: 60 });

describe('plan.during.items: the plan in the runner\'s own products', () => {
  it('empty without products: the generic carry list stays', () => {
    const r = analyze(hot3h, profile());
    expect(r.plan.during.items).toEqual([]);
    expect(r.plan.during.carry?.length).toBeGreaterThan(0);
  });

  it('a 3 h hot run: bottles of the mix, gels on a schedule, capsules for what sodium is left', () => {
    const r = analyze(hot3h, profile({ products: [gel, mix, caps] }));
    const d = r.plan.during;
    const [drink, gels] = d.items;
    expect(drink).toMatchObject({ name: 'My mix', everyMin: null });
    expect(drink?.count).toBeGreaterThan(0);
    expect(gels).toMatchObject({ name: 'Citrus gel' });
    expect(gels?.everyMin).toBeGreaterThan(0);
    expect((gels?.everyMin ?? 0) * (gels?.count ?? 0)).toBeLessThanOrEqual(180);
  });

  it.each([
    ['fluid', (p: Product) => p.volumeMl, (d: { fluidMlPerH: number }) => d.fluidMlPerH],
    ['sodium', (p: Product) => p.sodiumMg, (d: { sodiumMgPerH: number }) => d.sodiumMgPerH],
    ['carbohydrate', (p: Product) => p.carbsG, (d: { carbsGPerH: number }) => d.carbsGPerH],
  ] as const)('the items never add up to more %s than the plan (any products, any session)', (_name, per, planned) => {
    const product = fc.record({
      name: fc.string({ minLength: 1, maxLength: 20 }),
      kind: fc.constantFrom(...PRODUCT_KINDS),
      volumeMl: fc.integer({ min: 0, max: 1500 }),
      carbsG: fc.integer({ min: 0, max: 150 }),
      sodiumMg: fc.integer({ min: 0, max: 2000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(product, { minLength: 1, maxLength: 6, selector: (p) => p.name }), fc.integer({ min: 30, max: 1500 }), fc.integer({ min: 5, max: 35 }), (products, minutes, t) => {
        expect(products.every((p) => ProductSchema.safeParse(p).success)).toBe(true);
        const r = analyze(run({ movingS: minutes * 60, distanceM: minutes * 170, temperatureC: t }), profile({ products }));
        const byName = new Map(products.map((p) => [p.name, p]));
        const total = r.plan.during.items.reduce((sum, i) => sum + i.count * per(byName.get(i.name) as Product), 0);
        expect(total).toBeLessThanOrEqual(planned(r.plan.during) * (minutes / 60) + 1e-6);
      }),
      { numRuns: 150, seed: 19 },
    );
  });

  it('one item per kind of need, each count whole and positive', () => {
    const items = planItems([mix, gel, caps], { fluidMlPerH: 500, strategy: 'schedule', sodiumMgPerH: 500, carbsGPerH: 60, sipEveryMin: 15, sipMl: 125, items: [] }, 120);
    // 1,000 mL → 2 × 500 mL (800 mg, 60 g); 60 g left → 2 gels (100 mg); 100 mg left → no capsule.
    expect(items).toEqual([
      { name: 'My mix', count: 2, everyMin: null },
      { name: 'Citrus gel', count: 2, everyMin: 60 },
    ]);
  });
});
