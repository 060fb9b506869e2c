import type { BackgroundHalf } from '../types';
import { interpretStrava } from './interpret';
import { parseTrainingLog } from './training-log';

/** Strava's background half: the page's copied text → an activity; the training log → the runner's activities. */
export const stravaBackground: BackgroundHalf = {
  interpret: interpretStrava,
  trainingLog: (models, now) => parseTrainingLog(models, now).activities,
};
