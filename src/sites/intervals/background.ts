import { refuseFutureStart } from '../shared/future';
import { objectOf, stringAt } from '../shared/json-draft';
import type { BackgroundHalf } from '../types';
import { intervalsActivityFromJson } from './from-json';
import { intervalsStartPoint } from './start-point';

/** intervals.icu's background half: the captured JSON → an activity; always the runner's own. */
export const intervalsBackground: BackgroundHalf = {
  interpret(capture, _url, now) {
    const c = objectOf(capture);
    const activity = c !== null && Object.hasOwn(c, 'activity') ? c.activity : null;
    const startPoint = intervalsStartPoint(activity);
    return { ...refuseFutureStart(intervalsActivityFromJson(activity, stringAt(c, 'problem')), now), ownership: 'own', ...(startPoint ? { startPoint } : {}) };
  },
};
