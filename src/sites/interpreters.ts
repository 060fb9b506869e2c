import { interpretStrava } from './strava/extract';
import type { ExtractResult } from './types';

/**
 * Sites whose content script only copies the page's text (`PageAdapter.collect`): the background
 * turns that copy into an activity here, one line per site. Each never throws on any input.
 */
export const INTERPRETERS: Readonly<Record<string, (reading: unknown) => ExtractResult>> = {
  strava: interpretStrava,
};
