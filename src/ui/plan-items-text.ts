import type { Plan } from '../core/analysis';
import { formatVolumeMl } from '../core/format';
import type { Product } from '../core/product';
import type { Units } from '../core/profile';
import { t } from '../platform/i18n';

/**
 * The plan in the runner's own products: "2 × 500 mL of My mix, one Citrus gel every 40 min".
 * A drink's volume comes from the runner's product list when the page has it.
 */
export function planItemsText(items: Plan['during']['items'], units: Units, locale: string, products: readonly Product[] = []): string {
  return items
    .map((item) => {
      if (item.everyMin !== null) return t('planItemEvery', item.name, item.everyMin, item.count);
      const volumeMl = products.find((p) => p.name === item.name)?.volumeMl ?? 0;
      return volumeMl > 0 ? t('planItemDrink', item.count, formatVolumeMl(volumeMl, units, locale), item.name) : t('planItemCount', item.count, item.name);
    })
    .join(', ');
}
