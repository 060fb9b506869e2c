import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, } from './cases';
import { run } from '../helpers';

const fires: Case = { name: '30 °C / 70 %', activity: run({ temperatureC: 30, humidityPct: 70 }) };
const quiet: Case = { name: '15 °C', activity: run() };

describe('heat', () => {
  itBehavesAsDeclared('heat', fires, quiet);

  it('advises postponing at a black flag', () => {
    const f = findingOf({ name: '34 °C / 70 %', activity: run({ temperatureC: 34, humidityPct: 70 }) }, 'heat');
    expect(f?.severity).toBe('warning');
    expect(f?.nextTime).toContain('postpone');
  });
});
