import { describe, expect, it } from 'vitest';
import { type Case, findingOf, itBehavesAsDeclared, } from './cases';
import { pastRun, run } from '../helpers';

const similar = (cramped: boolean) => pastRun(5, 10_000, 3600, { temperatureC: 15, cramp: { cramped } });
const fires: Case = { name: 'a cramp logged on a similar run', activity: run(), history: [similar(true)] };
const quiet: Case = { name: 'a similar run logged without cramps', activity: run(), history: [similar(false)] };

describe('own-pattern', () => {
  itBehavesAsDeclared('own-pattern', fires, quiet);

  it('says it is the runner\'s own log', () => {
    expect(findingOf(fires, 'own-pattern')?.why).toContain('your own log');
  });
});
