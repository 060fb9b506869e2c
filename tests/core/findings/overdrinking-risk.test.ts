import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, } from './cases';
import { profile, run } from '../helpers';

const fires: Case = { name: '4.5 h slow marathon, 55 kg', activity: run({ movingS: 16_230, distanceM: 42_195 }), profile: profile({ bodyMassKg: 55 }) };
const quiet: Case = { name: '3.5 h marathon, 70 kg', activity: run({ movingS: 12_600, distanceM: 42_195 }) };

describe('overdrinking-risk', () => {
  itBehavesAsDeclared('overdrinking-risk', fires, quiet);

  it('says to drink to thirst and not beyond sweat loss', () => {
    const f = findingOf(fires, 'overdrinking-risk');
    expect(f?.nextTime).toContain('Drink to thirst');
    expect(f?.sources).toContain('Hew-Butler et al. 2015, Clin J Sport Med');
  });
});
