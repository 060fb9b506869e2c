import type { HeatFlag } from '../analysis';
import { formatNumber, formatTemperature } from '../format';
import { SOURCES } from '../sources';
import { defineFinding, weak } from './define';

const HOT: readonly HeatFlag[] = ['yellow', 'red', 'black'];
const isHot = (f: HeatFlag | null | undefined): f is 'yellow' | 'red' | 'black' => f !== null && f !== undefined && HOT.includes(f);

/**
 * WBGT flag yellow or worse (ACSM race flags), or could be with the humidity unknown. Advice fits
 * the sport; at a black flag it is to postpone, shorten or move to cooler hours (Armstrong 2007).
 */
export const heat = defineFinding({
  id: 'heat',
  order: { rule: 70, contributor: 80 },
  weight: weak(0.5),
  needs: ['temperatureKnown', 'wbgt', 'flag', 'flagRange', 'heatIndexF', 'uncompensable', 'family', 'temperatureC', 'humidityPct'],
  rule: (c, t) => {
    if (!c.temperatureKnown || c.wbgt === null || c.flag === null) return null;
    const advice = isHot(c.flag) ? c.flag : isHot(c.flagRange?.high) ? c.flagRange.high : null;
    if (advice === null) return null;
    const temp = (x: number) => formatTemperature(x, c.units, c.language);
    const heatIndex = c.units === 'imperial' && c.heatIndexF !== null ? `${formatNumber(c.heatIndexF, 0, c.language)} °F` : null;
    const sources: string[] = [SOURCES.acsmHeatFlags, SOURCES.bomWbgt];
    if (heatIndex !== null) sources.push(SOURCES.rothfusz1990);
    const wbgt = temp(c.wbgt);
    return {
      severity: c.flag === 'red' || c.flag === 'black' ? 'warning' : 'caution',
      contributed: t.contributed({ wbgt, heatIndex, uncompensable: c.uncompensable }),
      nextTime: t.nextTime({ flag: advice, sport: c.family }),
      why: t.why({ temperature: temp(c.temperatureC), humidityPct: Math.round(c.humidityPct), wbgt, flag: c.flag, assumedHumidity: c.flagRange }),
      amounts: [{ key: 'wbgtC', value: Math.round(c.wbgt * 10) / 10, unit: '°C' }],
      sources,
    };
  },
});
