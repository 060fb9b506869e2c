import { formatCarbsG, formatDuration } from '../format';
import { roundTo } from '../round';
import { SOURCES } from '../sources';
import { defineFinding, noRisk } from './define';
import { ENOUGH_SHARE } from '../balance';

/**
 * Long enough to need carbohydrate during the run (Jeukendrup 2014): ≥ 75 min. With the carbohydrate
 * logged: none when it reached most of the advice, else what was taken per hour.
 */
export const fuelGap = defineFinding({
  id: 'fuel-gap',
  order: { rule: 110 },
  // Energy, not cramps (no study links carbohydrate to cramping): a note, never a contributor.
  weight: noRisk,
  needs: ['carb', 'plan', 'durationS', 'recoveryCarbsHighG', 'took', 'hours'],
  rule: (c, t) => {
    if (c.carb.carbsGPerH <= 0) return null;
    const tookPerH = c.took.carbsG !== null && c.hours > 0 ? c.took.carbsG / c.hours : null;
    if (tookPerH !== null && tookPerH >= ENOUGH_SHARE * c.carb.carbsGPerH) return null;
    const { after } = c.plan;
    const g = (x: number) => formatCarbsG(roundTo(x, 5), c.language);
    const duration = formatDuration(c.durationS);
    return {
      severity: 'info',
      contributed: tookPerH === null ? t.contributed({ duration }) : t.took({ perH: g(tookPerH), duration }),
      nextTime: t.nextTime({
        perH: g(c.carb.carbsGPerH),
        tolerated: c.carb.band === 'as-tolerated',
        recovery:
          after.withinMin > 0
            ? { after: g(after.carbsG), afterHigh: g(c.recoveryCarbsHighG), protein: g(after.proteinG), withinMin: after.withinMin, withinH: after.ifNextWithinH ?? 8 }
            : null,
      }),
      why: t.why({ duration, band: c.carb.band, capped: c.carb.energyCapped }),
      amounts: [
        { key: 'carbsGPerH', value: c.carb.carbsGPerH, unit: 'g/h' },
        { key: 'afterCarbsG', value: after.carbsG, high: roundTo(c.recoveryCarbsHighG, 5), unit: 'g' },
        { key: 'afterProteinG', value: after.proteinG, unit: 'g' },
      ],
      sources: [SOURCES.jeukendrup2014, SOURCES.wallis2022],
    };
  },
});
