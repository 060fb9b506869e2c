import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, } from './cases';
import { pastRun, run } from '../helpers';

/** Three runs a week in the 4 weeks before 2024-06-01, making the given weekly km (oldest first). */
const weeks = (km: number[]) =>
  km.flatMap((w, i) => [1, 3, 5].map((d) => pastRun((km.length - i - 1) * 7 + d, (w * 1000) / 3, (w * 1000 * 0.3) / 3)));
const fires: Case = { name: 'weeks of 30/30/30/45 km', activity: run(), history: weeks([30, 30, 30, 45]) };
const quiet: Case = { name: 'weeks of 30/32/29/31 km', activity: run(), history: weeks([30, 32, 29, 31]) };

describe('load-trend', () => {
  itBehavesAsDeclared('load-trend', fires, quiet);

  it('is never a warning', () => {
    expect(findingOf({ ...fires, history: weeks([10, 10, 10, 40]) }, 'load-trend')?.severity).toBe('caution');
  });
});
