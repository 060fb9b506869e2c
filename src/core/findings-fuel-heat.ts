import type { Finding } from './analysis';
import type { Context } from './context';
import { formatCarbsG, formatDuration, formatTemperature } from './format';
import { roundTo } from './round';
import { SOURCES } from './sources';

/** Long enough to need carbohydrate during the run (Jeukendrup 2014): ≥ 75 min. */
export function fuelGap(c: Context): Finding | null {
  if (c.carb.carbsGPerH <= 0) return null;
  const { after } = c.plan;
  const g = (x: number) => formatCarbsG(roundTo(x, 5));
  return {
    id: 'fuel-gap',
    severity: c.minutes >= 150 ? 'warning' : 'caution',
    lacked: `Probably carbohydrate, if you ran without: ${formatDuration(c.durationS)} drains much of your muscle glycogen.`,
    nextTime: `Take about ${g(c.carb.carbsGPerH)} carbohydrate per hour from the first 30–45 min; afterwards ${g(after.carbsG)}–${g(c.recoveryCarbsHighG)} carbohydrate and ${g(after.proteinG)} protein within ${after.withinMin} min.`,
    why: `For sessions of ${formatDuration(c.durationS)} the guidance is ${c.carb.note}.`,
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
  const t = (x: number) => formatTemperature(x, c.units);
  const hi = c.units === 'imperial' && c.heatIndexF !== null ? ` (heat index ${Math.round(c.heatIndexF)} °F)` : '';
  const hot = c.flag !== 'yellow';
  const sources: string[] = [SOURCES.acsmHeatFlags, SOURCES.bomWbgt];
  if (hi) sources.push(SOURCES.rothfusz1990);
  return {
    id: 'heat',
    severity: hot ? 'warning' : 'caution',
    lacked: `Heat: an estimated WBGT of ${t(c.wbgt)}${hi} pushes sweat rate and effort up at any pace.`,
    nextTime: hot
      ? 'Run in the cool of the morning or evening, slow down by feel rather than pace, and start drinking in the first 15 min.'
      : 'Start drinking early and let the pace drift slower on warm stretches.',
    why: `At ${t(c.temperatureC)} and ${Math.round(c.humidityPct)} % humidity the WBGT was about ${t(c.wbgt)}, a ${c.flag} flag by the ACSM race criteria.`,
    amounts: [{ key: 'wbgtC', value: Math.round(c.wbgt * 10) / 10, unit: '°C' }],
    sources,
  };
}
