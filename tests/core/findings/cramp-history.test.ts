import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, } from './cases';
import { profile, run } from '../helpers';

const fires: Case = { name: 'cramps often', activity: run(), profile: profile({ crampHistory: 'often' }) };
const quiet: Case = { name: 'never cramps', activity: run(), profile: profile({ crampHistory: 'never' }) };

describe('cramp-history', () => {
  itBehavesAsDeclared('cramp-history', fires, quiet);

  it('is a caution for "sometimes"', () => {
    expect(findingOf({ ...fires, profile: profile({ crampHistory: 'sometimes' }) }, 'cramp-history')?.severity).toBe('caution');
  });
});
