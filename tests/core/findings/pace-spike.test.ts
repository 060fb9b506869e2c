import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, usualRuns } from './cases';
import { run } from '../helpers';

const fires: Case = { name: '4:30 /km after 5:00 /km runs', activity: run({ distanceM: 10_000, movingS: 2700 }), history: usualRuns };
const quiet: Case = { name: '4:55 /km after 5:00 /km runs', activity: run({ distanceM: 10_000, movingS: 2950 }), history: usualRuns };

describe('pace-spike', () => {
  itBehavesAsDeclared('pace-spike', fires, quiet);

  it('reports +11 % against the runs carried to 10 km (Riegel): 4:58 /km', () => {
    // 5:00 /km over 10 and 12 km and 5:00 /km over 20 km (worth 4:48 /km over 10 km): median 4:58 /km
    const f = findingOf(fires, 'pace-spike');
    expect(f?.contributed).toContain('11 %');
    expect(f?.contributed).toContain('4:58 /km');
    expect(f?.contributed).toContain('for this distance');
    expect(f?.severity).toBe('warning');
  });
});
