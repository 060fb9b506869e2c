import { describe, expect, it } from 'vitest';
import { writeAnalysisAttributes, writeReadAttributes } from '../../src/content/panel-contract';
import { sampleAnalysis } from '../ui/analysis-sample';

const attrs = (el: HTMLElement) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));

describe('panel contract attributes', () => {
  it('writes what was read as integers, omitting unknowns', () => {
    const host = document.createElement('div');
    writeReadAttributes(host, { sport: 'run', movingS: 3599.6, distanceM: 10000.4, temperatureC: 21.5, temperatureSource: 'weather' }, 'ready');
    expect(attrs(host)).toEqual({
      'data-sport': 'run',
      'data-moving-s': '3600',
      'data-distance-m': '10000',
      'data-temperature-c': '21.5',
      'data-temperature-source': 'weather',
      'data-state': 'ready',
    });
  });

  it('removes values that are no longer known', () => {
    const host = document.createElement('div');
    writeReadAttributes(host, { movingS: 60, humidityPct: 40 }, 'partial');
    writeReadAttributes(host, {}, 'unreadable');
    expect(attrs(host)).toEqual({ 'data-state': 'unreadable' });
  });

  it('writes the analysis: rounded losses, risk and finding ids', () => {
    const host = document.createElement('div');
    writeAnalysisAttributes(host, sampleAnalysis());
    expect(attrs(host)).toEqual({
      'data-sweat-rate-lph': '1.20',
      'data-sweat-loss-ml': '2400',
      'data-sodium-loss-mg': '2200',
      'data-risk': 'high',
      'data-findings': 'sodium-deficit fluid-deficit heat',
    });
    writeAnalysisAttributes(host, null);
    expect(attrs(host)).toEqual({});
  });
});
