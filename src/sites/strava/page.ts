/**
 * Strava's page half: which page shows an activity, where the panel goes, and the page's text
 * (reading.ts). It imports none of the parsing, which the background does (interpret.ts), so the
 * content script stays within its size budget.
 */
import type { PageHalf } from '../types';
import { stravaMeta } from './meta';
import { stravaMountPoint, stravaStatsRoot } from './mount';
import { collectStrava } from './reading';
import { loadStravaStartPoint, loadStravaTrack } from './streams';
import { loadStravaRouteGpx, stravaRouteId } from './route';
import { stravaActivityId } from './url';

export const stravaPage: PageHalf = {
  meta: stravaMeta,
  activityId: stravaActivityId,
  mountPoint: stravaMountPoint,
  statsRoot: stravaStatsRoot,
  capture: (doc, url) => collectStrava(doc, stravaActivityId(url) ?? ''),
  // The logged-in page has no coordinates in its text: the map's own latlng stream (streams.ts).
  // The Next.js page carries its own (activity.streams.location, in the capture): nothing to fetch there.
  startPoint: async (doc, url, fetchFn) => {
    const id = stravaActivityId(url);
    return id === null || doc.querySelector('script#__NEXT_DATA__') ? null : loadStravaStartPoint(url.origin, id, fetchFn);
  },
  // The same stream answer also gives the splits: one request serves the weather and the race review.
  track: async (doc, url, fetchFn) => {
    const id = stravaActivityId(url);
    return id === null || doc.querySelector('script#__NEXT_DATA__') ? null : loadStravaTrack(url.origin, id, fetchFn);
  },
  // A route page (/routes/<id>): its own GPX export, fetched with the runner's session, for the race page.
  course: { routeId: stravaRouteId, load: loadStravaRouteGpx },
  // The JSON behind strava.com/athlete/training: always the logged-in runner's own activities.
  trainingLog: {
    pageUrl: (page, perPage) => `https://www.strava.com/athlete/training_activities?page=${page}&per_page=${perPage}`,
    // Strava's web app asks for the JSON form of the page this way.
    headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json, text/javascript' },
  },
};
