import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, } from './cases';
import { run } from '../helpers';

const fires: Case = { name: '2 h long run', activity: run({ movingS: 7200, distanceM: 20_000 }) };
const quiet: Case = { name: '1 h run', activity: run() };

describe('fuel-gap', () => {
  itBehavesAsDeclared('fuel-gap', fires, quiet);

  it('is a note about energy, never a warning', () => {
    expect(findingOf(fires, 'fuel-gap')?.severity).toBe('info');
  });
});
