// The Garmin Connect content script: its site's page half, nothing else (one file per site; each ≤ 15 kB gzipped).
import { garminPage } from '../../sites/garmin/page';
import { startContentScript } from '../start';

void startContentScript(garminPage, window);
