// The Strava content script: its site's page half, nothing else (one file per site; each ≤ 15 kB gzipped).
import { stravaPage } from '../../sites/strava/page';
import { startContentScript } from '../start';

void startContentScript(stravaPage, window);
