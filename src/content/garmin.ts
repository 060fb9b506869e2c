// Content script for Garmin Connect activity pages. One file per site, so each page loads only its own
// site's knowledge (the content-script budget is 15 kB gzipped).
import { garminAdapter } from '../sites/garmin/index';
import { startContentScript } from './start';

void startContentScript(garminAdapter, window);
