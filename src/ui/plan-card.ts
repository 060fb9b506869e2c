import type { Plan } from '../core/analysis';
import { formatTemperature, formatVolumeMl } from '../core/format';
import type { Units } from '../core/profile';

export interface PlannedRun {
  durationMin: number;
  temperatureC?: number;
  humidityPct?: number;
}

/** The plan as plain text a runner can paste into a note or a message to themselves. */
export function planCardText(run: PlannedRun, plan: Plan, units: Units): string {
  const vol = (ml: number) => formatVolumeMl(ml, units);
  const { before, during, after } = plan;
  const conditions = [
    `${Math.round(run.durationMin)} min`,
    run.temperatureC === undefined ? null : formatTemperature(run.temperatureC, units),
    run.humidityPct === undefined ? null : `${run.humidityPct} % humidity`,
  ].filter(Boolean);
  const lines = [
    `Cramp Check plan: ${conditions.join(', ')}`,
    `Before: ${vol(before.fluidMl)}${before.fluidMlHigh ? `–${vol(before.fluidMlHigh)}` : ''} ${before.when}.`,
    during.sipEveryMin && during.sipMl
      ? `During: ${vol(during.sipMl)} every ${during.sipEveryMin} min (${vol(during.fluidMlPerH)}/h), ${during.sodiumMgPerH} mg sodium/h, ${during.carbsGPerH} g carbohydrate/h.`
      : `During: nothing needed for this length; drink to thirst.${during.carbsGPerH > 0 ? ` ${during.carbsGPerH} g carbohydrate/h.` : ''}`,
    ...(during.carry ?? []).map((c) => `  • ${c}`),
    `After: ${vol(after.fluidMl)} fluid, ${after.carbsG} g carbohydrate and ${after.proteinG} g protein within ${after.withinMin} min.`,
    'Estimates with a range, not a prescription. Drink no more than you sweat.',
  ];
  return lines.join('\n');
}
