import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, } from './cases';
import { run } from '../helpers';

const fires: Case = { name: 'a race', activity: run({ isRace: true }) };
const quiet: Case = { name: 'a training run', activity: run({ isRace: false }) };

describe('race', () => {
  itBehavesAsDeclared('race', fires, quiet);

  it('advises about the start', () => {
    expect(findingOf(fires, 'race')?.nextTime).toContain('first third');
  });
});
