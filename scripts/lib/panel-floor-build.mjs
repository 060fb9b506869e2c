// The floor of the store build's panel chain, for the benchmark: a copy of the store build whose
// panel frame draws nothing. It joins its port like the real frame (platform/panel-port.ts) and
// answers each view at once with a fixed height, so the page's box takes its final size without
// any drawing or layout in the frame. What remains is the rest of the chain (the page read
// through the background, the view relayed to the frame, the height relayed back, the page's own
// rendering), timed exactly as the store build is: the part of the budget no drawing can win back.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** About the heights of the real frame on the bench page: "Analyzing…", and the analysis. */
const PENDING_PX = 120;
const SHOWN_PX = 650;

/**
 * Copies the store build at `dist` and swaps its panel page for the floor frame; returns the copy's folder.
 * @param {string} dist
 * @param {{ PANEL_PAGE: string, FRAME_PORT_PREFIX: string }} port the constants of platform/panel-port.ts
 */
export function floorBuildOf(dist, { PANEL_PAGE, FRAME_PORT_PREFIX }) {
  const dir = mkdtempSync(join(tmpdir(), 'cramp-check-floor-'));
  cpSync(dist, dir, { recursive: true });
  const page = join(dir, PANEL_PAGE);
  if (!readFileSync(page, 'utf8').includes('<script')) throw new Error(`${PANEL_PAGE} in ${dist} loads no script: the floor frame would replace nothing`);
  const script = `const port = chrome.runtime.connect({ name: ${JSON.stringify(FRAME_PORT_PREFIX)} + location.hash.slice(1) });
port.onMessage.addListener((m) => {
  if (m && m.type === 'view' && m.view) port.postMessage({ type: 'height', px: m.view.pending ? ${PENDING_PX} : ${SHOWN_PX} });
});
`;
  writeFileSync(join(dir, 'assets', 'panel-floor.js'), script);
  writeFileSync(page, '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/assets/panel-floor.js"></script></head><body></body></html>\n');
  return dir;
}
