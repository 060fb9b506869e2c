import { refuseFutureStart } from '../shared/future';
import { objectOf, stringAt } from '../shared/json-draft';
import type { BackgroundHalf } from '../types';
import { garminActivityFromJson } from './from-json';
import { garminStartPoint } from './start-point';

/**
 * Garmin Connect's background half: the captured JSON → an activity. Activities opened on Garmin
 * Connect are the runner's own, so they are stored.
 */
export const garminBackground: BackgroundHalf = {
  interpret(capture, _url, now) {
    const c = objectOf(capture);
    const own = (key: string) => (c !== null && Object.hasOwn(c, key) ? c[key] : undefined);
    const reading = garminActivityFromJson(own('activity'), own('weather') ?? undefined, stringAt(c, 'weatherProblem'), stringAt(c, 'problem'));
    const startPoint = garminStartPoint(own('activity'));
    return { ...refuseFutureStart(reading, now), ownership: 'own', ...(startPoint ? { startPoint } : {}) };
  },
};
