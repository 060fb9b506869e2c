import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, } from './cases';
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
