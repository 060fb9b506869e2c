import type { Plan } from '../core/analysis';
import { formatSodiumMg, formatVolumeMl } from '../core/format';
import type { Units } from '../core/profile';
import { t } from '../platform/i18n';

/**
 * The drinking plan in one line: a sip schedule, or "drink to thirst, at most …" where a schedule
 * would be unsafe. The thirst amount is a ceiling and is worded as one.
 */
export function PlanSummary({ plan, units, locale }: { plan: Plan; units: Units; locale: string }) {
  const d = plan.during;
  const vol = (ml: number) => formatVolumeMl(ml, units, locale);
  const drink =
    d.strategy === 'schedule' && d.sipMl !== null && d.sipEveryMin !== null
      ? t('planSchedule', vol(d.sipMl), d.sipEveryMin, vol(d.fluidMlPerH))
      : d.fluidMlPerH > 0
        ? t('planThirst', vol(d.fluidMlPerH))
        : t('planNoDrink');
  const parts = [drink];
  if (d.sodiumMgPerH > 0) parts.push(t('planSodium', formatSodiumMg(d.sodiumMgPerH, locale)));
  if (d.carbsGPerH > 0) parts.push(t('planCarbs', d.carbsGPerH));
  return (
    <p class="cc-plan" data-strategy={d.strategy}>
      <strong>{t('planTitle')}</strong> {parts.join('; ')}
    </p>
  );
}
