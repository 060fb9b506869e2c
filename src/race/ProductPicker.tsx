import type { Product } from '../core/product';
import { t } from '../platform/i18n';

interface Props {
  /** The runner's products ("My products" in the options). */
  products: readonly Product[];
  /** The names picked; null: every product (a race saved before the picker, or never changed). */
  carry: string[] | null;
  onChange: (carry: string[]) => void;
}

/** What the runner carries in this race, picked from "My products"; the plan names only these. */
export function ProductPicker({ products, carry, onChange }: Props) {
  const picked = (name: string) => carry === null || carry.includes(name);
  const toggle = (name: string, on: boolean) => {
    const all = products.map((p) => p.name);
    const current = all.filter(picked);
    onChange(on ? all.filter((n) => n === name || current.includes(n)) : current.filter((n) => n !== name));
  };
  return (
    <fieldset class="race-products">
      <legend>{t('raceCarryProducts')}</legend>
      {products.length === 0 && <p class="hint">{t('raceNoProducts')}</p>}
      {products.map((product) => (
        <label class="race-inline" key={product.name}>
          <input type="checkbox" checked={picked(product.name)} onChange={(e) => toggle(product.name, (e.target as HTMLInputElement).checked)} />
          {product.name}
        </label>
      ))}
    </fieldset>
  );
}
