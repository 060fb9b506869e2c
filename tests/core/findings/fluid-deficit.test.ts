import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, } from './cases';
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
