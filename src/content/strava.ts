// Content script for Strava activity pages: copies the page's text (the background interprets it),
// mounts the panel. One file per site; the content-script budget is 15 kB gzipped.
import { stravaPage } from '../sites/strava/page';
import { startContentScript } from './start';

void startContentScript(stravaPage, window);
