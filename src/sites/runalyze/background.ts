import { refuseFutureStart } from '../shared/future';
import type { BackgroundHalf } from '../types';
import { interpretRunalyze } from './interpret';

/**
 * Runalyze's background half. The data browser lists the logged-in runner's own activities (it is
 * their training log, not a social feed), so what it shows is the runner's own.
 */
export const runalyzeBackground: BackgroundHalf = {
  interpret: (capture, url, now) => ({ ...refuseFutureStart(interpretRunalyze(capture, url), now), ownership: 'own' }),
};
