// Content script for intervals.icu activity pages. One file per site, so each page loads only its own
// site's knowledge (the content-script budget is 15 kB gzipped).
import { intervalsAdapter } from '../sites/intervals/index';
import { startContentScript } from './start';

void startContentScript(intervalsAdapter, window);
