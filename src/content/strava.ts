// Content script for Strava activity pages. One file per site, so each page loads only its own
// site's knowledge (the content-script budget is 15 kB gzipped).
import { stravaAdapter } from '../sites/strava/index';
import { startContentScript } from './start';

void startContentScript(stravaAdapter, window);
