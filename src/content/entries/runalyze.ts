// The Runalyze content script: its site's page half, nothing else (one file per site; each ≤ 15 kB gzipped).
import { runalyzePage } from '../../sites/runalyze/page';
import { startContentScript } from '../start';

void startContentScript(runalyzePage, window);
