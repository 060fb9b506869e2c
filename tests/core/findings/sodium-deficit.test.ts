import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../src/core/index';
import { crampRisk } from '../../../src/core/risk';
import { type Case, findingOf, findingsOf, itBehavesAsDeclared } from './cases';
import { profile, run } from '../helpers';

const fires: Case = { name: '2.5 h at 26 °C', activity: run({ movingS: 9000, distanceM: 28_000, temperatureC: 26, humidityPct: 60 }) };
const quiet: Case = { name: '1 h at 12 °C', activity: run({ temperatureC: 12 }) };

describe('sodium-deficit', () => {
  itBehavesAsDeclared('sodium-deficit', fires, quiet);

  it('rounds its amounts to 50 mg', () => {
    const f = findingOf(fires, 'sodium-deficit');
    for (const a of f?.amounts ?? []) expect(a.value % 50).toBe(0);
  });

  it("is a warning, and strong evidence, only for a salty sweater's long hot session", () => {
    const salty = { ...fires, profile: profile({ saltySweater: true }) };
    expect(findingOf(fires, 'sodium-deficit')?.severity).toBe('caution');
    expect(findingOf(salty, 'sodium-deficit')?.severity).toBe('warning');
  });
});

describe('sodium-deficit names sodium as a cramp contributor only where the evidence supports it', () => {
  const cool: Case = { name: '2.5 h at 12 °C', activity: run({ movingS: 9000, distanceM: 28_000, temperatureC: 12, humidityPct: 60 }) };

  it('a long cool session reports the loss as advice: info, no cramp points, no "may have contributed"', () => {
    const f = findingOf(cool, 'sodium-deficit');
    expect(f?.severity).toBe('info');
    expect(f?.contributed).not.toMatch(/may have contributed/);
    expect(crampRisk(findingsOf(cool)).contributors).not.toContain('Sodium lost in sweat');
  });

  it('a long hot session with a large loss names it, as weak evidence, citing the cohorts that found no difference', () => {
    const f = findingOf(fires, 'sodium-deficit');
    expect(f?.contributed).toMatch(/may have contributed.*weak/);
    expect(f?.why).toMatch(/no more dehydrated or short of sodium/);
    expect(f?.sources).toEqual(expect.arrayContaining([SOURCES.schwellnus2004, SOURCES.hoffmanStuempfle2015, SOURCES.martinezNavarro2022]));
    expect(crampRisk(findingsOf(fires)).contributors).toContain('Sodium lost in sweat');
  });
});
