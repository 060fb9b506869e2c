import { describe, expect, it } from 'vitest';
import { revertEdits } from '../../src/core/revert-edits';

describe('revertEdits', () => {
  it.each([
    ['a value still as written goes back', 2, 2, 1, 1, []],
    ['a value written where there was none is removed', 2, 2, undefined, undefined, []],
    ['a value changed since stays and is named', 3, 2, 1, 3, [['x']]],
    ['a value the write left alone stays, unnamed', 3, 1, 1, 3, []],
    ['a value removed since stays removed', undefined, 2, 1, undefined, []],
  ])('%s', (_, current, wrote, before, value, kept) => {
    expect(revertEdits(current, wrote, before, ['x'])).toEqual({ value, kept });
  });

  it('reverts a record field by field: a field changed since stays, one added since stays', () => {
    const result = revertEdits({ a: 2, b: 9, c: 'new' }, { a: 2, b: 2 }, { a: 1, b: 1 });
    expect(result).toEqual({ value: { a: 1, b: 9, c: 'new' }, kept: [['b']] });
  });

  it('reverts a list item by item: what the write added goes, what it removed comes back, what was added since stays', () => {
    const result = revertEdits(['kept', 'imported', 'since'], ['kept', 'imported'], ['kept', 'replaced']);
    expect(result).toEqual({ value: ['kept', 'since', 'replaced'], kept: [] });
  });

  it('keeps a record the write added whole when it was changed since (never half of one)', () => {
    expect(revertEdits({ id: 'a', cramp: true }, { id: 'a' }, undefined, ['h', 'a'])).toEqual({ value: { id: 'a', cramp: true }, kept: [['h', 'a']] });
  });
});
