import { describe, expect, it } from 'vitest';
import { crampRisk } from '../../../src/core/risk';
import { type Case, findingOf, findingsOf, itBehavesAsDeclared } from './cases';
import { run } from '../helpers';

const fires: Case = { name: '2 h at 25 °C', activity: run({ movingS: 7200, distanceM: 22_000, temperatureC: 25 }) };
const quiet: Case = { name: '40 min at 15 °C', activity: run({ movingS: 2400, distanceM: 7000 }) };

describe('fluid-deficit', () => {
  itBehavesAsDeclared('fluid-deficit', fires, quiet);

  it('gives sips in round amounts and a rehydration range', () => {
    const f = findingOf(fires, 'fluid-deficit');
    const perH = f?.amounts?.find((a) => a.key === 'fluidMlPerH')?.value ?? 0;
    expect(perH % 50).toBe(0);
    expect(f?.nextTime).toMatch(/about \d+ mL every (15|20) min/);
  });
});

describe('fluid-deficit names fluid as a cramp contributor only where the evidence supports it', () => {
  const cool: Case = { name: '2.5 h at 10 °C', activity: run({ movingS: 9000, distanceM: 27_000, temperatureC: 10, humidityPct: 50 }) };
  const short: Case = { name: '90 min at 27 °C', activity: run({ movingS: 5400, distanceM: 16_000, temperatureC: 27, humidityPct: 60 }) };

  it('a long cool session or a short hot one reports the loss as advice: info, no cramp points', () => {
    for (const c of [cool, short]) {
      const f = findingOf(c, 'fluid-deficit');
      expect(f?.severity, c.name).toBe('info');
      expect(f?.contributed).not.toMatch(/may have contributed/);
      expect(crampRisk(findingsOf(c)).contributors).not.toContain('Fluid lost in sweat');
    }
  });

  it('a long hot session with a large loss names it, as weak evidence', () => {
    const f = findingOf(fires, 'fluid-deficit');
    expect(f?.contributed).toMatch(/may have contributed.*weak/);
    expect(crampRisk(findingsOf(fires)).contributors).toContain('Fluid lost in sweat');
  });
});
