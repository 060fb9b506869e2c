// Content script for Runalyze activity pages. One file per site, so each page loads only its own
// site's knowledge (the content-script budget is 15 kB gzipped).
import { runalyzeAdapter } from '../sites/runalyze/index';
import { startContentScript } from './start';

void startContentScript(runalyzeAdapter, window);
