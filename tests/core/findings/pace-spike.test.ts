import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, usualRuns } from './cases';
import { SOURCES } from '../../../src/core/index';
import { pastRun, run } from '../helpers';

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

describe('pace-spike on a race: against the predicted race time from the best recent effort (Riegel)', () => {
  // The usual 5:00 /km runs plus one hard 10 km at 4:20 /km: the best effort predicts 43:20 for 10 km.
  const history = [...usualRuns, pastRun(5, 10_000, 2600)];

  it('a race at 4:30 /km is slower than predicted: no pace finding, though it is 11 % faster than training', () => {
    const race: Case = { name: 'a 10 km race at 4:30 /km', activity: run({ distanceM: 10_000, movingS: 2700, isRace: true }), history };
    expect(findingOf(race, 'pace-spike')).toBeUndefined();
  });

  it('a race at 4:00 /km is 8 % faster than predicted, and says so as a predicted race time', () => {
    const race: Case = { name: 'a 10 km race at 4:00 /km', activity: run({ distanceM: 10_000, movingS: 2400, isRace: true }), history };
    const f = findingOf(race, 'pace-spike');
    expect(f?.contributed).toContain('predicted race time of 43 min');
    expect(f?.contributed).toContain('8 %');
    expect(f?.nextTime).toContain('predicted 4:20 /km');
    expect(f?.sources).toContain(SOURCES.riegel1981);
  });
});
