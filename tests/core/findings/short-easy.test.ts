import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, usualRuns } from './cases';
import { run } from '../helpers';

const fires: Case = { name: '30 min easy at 15 °C', activity: run({ movingS: 1800, distanceM: 5000 }), history: usualRuns };
const quiet: Case = { name: '30 min at 30 °C', activity: run({ movingS: 1800, distanceM: 5000, temperatureC: 30, humidityPct: 70 }) };

describe('short-easy', () => {
  itBehavesAsDeclared('short-easy', fires, quiet);

  it('is not given for a short race', () => {
    expect(findingOf({ ...fires, activity: { ...fires.activity, isRace: true } }, 'short-easy')).toBeUndefined();
  });
});
