import type { Finding } from './analysis';
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
    severity: c.minutes >= 150 ? 'warning' : 'caution',
    lacked: m.fuelGapLacked({ duration }),
    nextTime: m.fuelGapNextTime({
      perH: g(c.carb.carbsGPerH),
      after: g(after.carbsG),
      afterHigh: g(c.recoveryCarbsHighG),
      protein: g(after.proteinG),
      withinMin: after.withinMin,
    }),
    why: m.fuelGapWhy({ duration, band: c.carb.band }),
    amounts: [
      { key: 'carbsGPerH', value: c.carb.carbsGPerH, unit: 'g/h' },
      { key: 'afterCarbsG', value: after.carbsG, high: roundTo(c.recoveryCarbsHighG, 5), unit: 'g' },
      { key: 'afterProteinG', value: after.proteinG, unit: 'g' },
    ],
    sources: [SOURCES.jeukendrup2014, SOURCES.wallis2022],
  };
}

/** WBGT flag yellow or worse (ACSM race flags). */
export function heat(c: Context): Finding | null {
  if (!c.temperatureKnown || c.wbgt === null || c.flag === null) return null;
  if (c.flag !== 'yellow' && c.flag !== 'red' && c.flag !== 'black') return null;
  const m = msg(c);
  const t = (x: number) => formatTemperature(x, c.units, c.language);
  const heatIndex = c.units === 'imperial' && c.heatIndexF !== null ? `${formatNumber(c.heatIndexF, 0, c.language)} °F` : null;
  const hot = c.flag !== 'yellow';
  const sources: string[] = [SOURCES.acsmHeatFlags, SOURCES.bomWbgt];
  if (heatIndex !== null) sources.push(SOURCES.rothfusz1990);
  const wbgt = t(c.wbgt);
  return {
    id: 'heat',
    severity: hot ? 'warning' : 'caution',
    lacked: m.heatLacked({ wbgt, heatIndex }),
    nextTime: m.heatNextTime({ hot }),
    why: m.heatWhy({ temperature: t(c.temperatureC), humidityPct: Math.round(c.humidityPct), wbgt, flag: c.flag }),
    amounts: [{ key: 'wbgtC', value: Math.round(c.wbgt * 10) / 10, unit: '°C' }],
    sources,
  };
}
