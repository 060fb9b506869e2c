import type { Finding, HeatFlag } from './analysis';
import type { Context } from './context';
import { formatCarbsG, formatDuration, formatNumber, formatTemperature } from './format';
import { msg } from './i18n/index';
import { roundTo } from './round';
import { SOURCES } from './sources';

/** Long enough to need carbohydrate during the run (Jeukendrup 2014): ≥ 75 min. */
export function fuelGap(c: Context): Finding | null {
  if (c.carb.carbsGPerH <= 0) return null;
  const m = msg(c);
  const { after } = c.plan;
  const g = (x: number) => formatCarbsG(roundTo(x, 5), c.language);
  const duration = formatDuration(c.durationS);
  return {
    id: 'fuel-gap',
    // Energy, not cramps (no study links carbohydrate to cramping): a note, never a "contributor".
    severity: 'info',
    lacked: m.fuelGapLacked({ duration }),
    nextTime: m.fuelGapNextTime({
      perH: g(c.carb.carbsGPerH),
      tolerated: c.carb.band === 'as-tolerated',
      recovery:
        after.withinMin > 0
          ? { after: g(after.carbsG), afterHigh: g(c.recoveryCarbsHighG), protein: g(after.proteinG), withinMin: after.withinMin, withinH: after.ifNextWithinH ?? 8 }
          : null,
    }),
    why: m.fuelGapWhy({ duration, band: c.carb.band, capped: c.carb.energyCapped }),
    amounts: [
      { key: 'carbsGPerH', value: c.carb.carbsGPerH, unit: 'g/h' },
      { key: 'afterCarbsG', value: after.carbsG, high: roundTo(c.recoveryCarbsHighG, 5), unit: 'g' },
      { key: 'afterProteinG', value: after.proteinG, unit: 'g' },
    ],
    sources: [SOURCES.jeukendrup2014, SOURCES.wallis2022],
  };
}

const HOT: readonly HeatFlag[] = ['yellow', 'red', 'black'];
const isHot = (f: HeatFlag | null | undefined): f is 'yellow' | 'red' | 'black' => f !== null && f !== undefined && HOT.includes(f);

/**
 * WBGT flag yellow or worse (ACSM race flags), or could be with the humidity unknown. Advice fits
 * the sport; at a black flag it is to postpone, shorten or move to cooler hours (Armstrong 2007).
 */
export function heat(c: Context): Finding | null {
  if (!c.temperatureKnown || c.wbgt === null || c.flag === null) return null;
  const advice = isHot(c.flag) ? c.flag : isHot(c.flagRange?.high) ? c.flagRange.high : null;
  if (advice === null) return null;
  const m = msg(c);
  const t = (x: number) => formatTemperature(x, c.units, c.language);
  const heatIndex = c.units === 'imperial' && c.heatIndexF !== null ? `${formatNumber(c.heatIndexF, 0, c.language)} °F` : null;
  const hot = c.flag === 'red' || c.flag === 'black';
  const sources: string[] = [SOURCES.acsmHeatFlags, SOURCES.bomWbgt];
  if (heatIndex !== null) sources.push(SOURCES.rothfusz1990);
  const wbgt = t(c.wbgt);
  return {
    id: 'heat',
    severity: hot ? 'warning' : 'caution',
    lacked: m.heatLacked({ wbgt, heatIndex, uncompensable: c.uncompensable }),
    nextTime: m.heatNextTime({ flag: advice, sport: c.family }),
    why: m.heatWhy({ temperature: t(c.temperatureC), humidityPct: Math.round(c.humidityPct), wbgt, flag: c.flag, assumedHumidity: c.flagRange }),
    amounts: [{ key: 'wbgtC', value: Math.round(c.wbgt * 10) / 10, unit: '°C' }],
    sources,
  };
}
