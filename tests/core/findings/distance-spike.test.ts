import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, usualRuns } from './cases';
import { run } from '../helpers';

const fires: Case = { name: '23 km after a 20 km longest', activity: run({ distanceM: 23_000, movingS: 6900 }), history: usualRuns };
const quiet: Case = { name: '21 km after a 20 km longest', activity: run({ distanceM: 21_000, movingS: 6300 }), history: usualRuns };

describe('distance-spike', () => {
  itBehavesAsDeclared('distance-spike', fires, quiet);

  it('names the band, +15 % and Frandsen', () => {
    const f = findingOf(fires, 'distance-spike');
    expect(f?.contributed).toContain('15 %');
    expect(f?.contributed).toContain('10–30 % longer');
    expect(f?.why).toContain('1.64');
    expect(f?.sources).toContain('Frandsen et al. 2025, BJSM');
    expect(f?.amounts).toContainEqual({ key: 'pctLonger', value: 15, unit: '%' });
  });

  it('quotes no running-injury figures for a ride', () => {
    const rides = usualRuns.map((a) => ({ ...a, sport: 'ride' as const }));
    const f = findingOf({ name: 'a long ride', activity: run({ sport: 'ride', distanceM: 50_000, movingS: 6000 }), history: rides }, 'distance-spike');
    expect(f?.sources).not.toContain('Frandsen et al. 2025, BJSM');
    expect(f?.contributed).toContain('this ride');
  });
});
