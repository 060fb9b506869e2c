import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index';
import { pastRun, profile, run } from './helpers';

const usualRuns = [pastRun(3, 10_000, 3000), pastRun(7, 12_000, 3600), pastRun(12, 20_000, 6000), pastRun(20, 10_000, 3000)];

describe('findings in imperial units', () => {
  it('imperial runners get fl oz, °F and mi in the sentences', () => {
    const r = analyze(
      run({ movingS: 9000, distanceM: 28_000, temperatureC: 30, humidityPct: 70, id: 'x' }),
      profile({ units: 'imperial', crampHistory: 'often' }),
      usualRuns,
    );
    const text = r.findings.map((f) => `${f.contributed} ${f.nextTime} ${f.why}`).join(' ') + r.plan.during.carry?.join(' ');
    expect(text).toContain('fl oz');
    expect(text).toContain('°F');
    expect(text).toContain(' mi');
    expect(text).not.toMatch(/\bmL\b|°C|\bkm\b|\bkg\b|\d L\b/);
    expect(r.estimates.heatIndexF).toBe(95);
  });

  it('heat index is only given to imperial runners from 80 °F', () => {
    expect(analyze(run({ temperatureC: 30, humidityPct: 70 }), profile()).estimates.heatIndexF).toBeUndefined();
    expect(analyze(run({ temperatureC: 20 }), profile({ units: 'imperial' })).estimates.heatIndexF).toBeUndefined();
  });
});
