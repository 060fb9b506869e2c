// The intervals.icu content script: its site's page half, nothing else (one file per site; each ≤ 15 kB gzipped).
import { intervalsPage } from '../../sites/intervals/page';
import { startContentScript } from '../start';

void startContentScript(intervalsPage, window);
