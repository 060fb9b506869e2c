import type { Plan } from '../core/analysis';
import { formatSodiumMg, formatVolumeMl } from '../core/format';
import type { Product } from '../core/product';
import type { Units } from '../core/profile';
import { planItemsText } from './plan-items-text';
import { t } from '../platform/i18n';
import type { PlanPart } from './advice';
import { unbroken } from './unbroken';

/**
 * The drinking plan in one line: a sip schedule, or "drink to thirst, at most …" where a schedule
 * would be unsafe. The thirst amount is a ceiling and is worded as one. A part a shown
 * finding already says (`said`) is left to it; with nothing left the line is not shown.
 */
export function PlanSummary({ plan, units, locale, said = new Set(), products }: { plan: Plan; units: Units; locale: string; said?: ReadonlySet<PlanPart>; products?: readonly Product[] }) {
  const d = plan.during;
  const vol = (ml: number) => formatVolumeMl(ml, units, locale);
  const drink =
    d.strategy === 'schedule' && d.sipMl !== null && d.sipEveryMin !== null
      ? t('planSchedule', vol(d.sipMl), d.sipEveryMin, vol(d.fluidMlPerH))
      : d.fluidMlPerH > 0
        ? t('planThirst', vol(d.fluidMlPerH))
        : t('planNoDrink');
  const parts = said.has('fluid') ? [] : [drink];
  if (d.sodiumMgPerH > 0 && !said.has('sodium')) parts.push(t('planSodium', formatSodiumMg(d.sodiumMgPerH, locale)));
  if (d.carbsGPerH > 0 && !said.has('carbs')) parts.push(t('planCarbs', d.carbsGPerH));
  if (parts.length === 0 && d.items.length === 0) return null;
  return (
    <>
      {parts.length > 0 && (
        <p class="cc-plan" data-strategy={d.strategy}>
          <strong>{t('planTitle')}</strong> {unbroken(parts.join('; '))}
        </p>
      )}
      {d.items.length > 0 && (
        <p class="cc-plan-items">
          {t('planItemsTitle')} {planItemsText(d.items, units, locale, products)}
        </p>
      )}
    </>
  );
}
