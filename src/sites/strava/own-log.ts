/**
 * Strava's training log — the JSON behind strava.com/athlete/training, always the logged-in
 * runner's own — and how to tell that the viewed activity is theirs: Strava shows the link to an
 * activity's edit form (`a[href$="/activities/<id>/edit"]`, in the actions menu) only to the
 * athlete who owns it; someone else's activity (every saved fixture page) has none.
 */
import type { OwnActivityLog } from '../types';

export const TRAINING_LOG_URL = 'https://www.strava.com/athlete/training_activities';

export const isOwnActivity = (doc: Document, activityId: string): boolean =>
  /^\d+$/.test(activityId) && doc.querySelector(`a[href$="/activities/${activityId}/edit"]`) !== null;

export const stravaOwnLog: OwnActivityLog = {
  isOwn: isOwnActivity,
  pageUrl: (page, perPage) => `${TRAINING_LOG_URL}?page=${page}&per_page=${perPage}`,
  // Strava's web app asks for the JSON form of the page this way.
  headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json, text/javascript' },
};
