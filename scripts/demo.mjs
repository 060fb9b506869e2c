// `npm start` builds the test build (dist-test/, whose panel contract lets it print what the panel
// shows), then: opens a bundled sample activity in Chromium with the extension loaded, offline. With a display it stays open for you to try; without one (or with --shot) it
// writes a screenshot of the page with its panel and prints the path.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, waitForPanel } from './lib/browser.mjs';
import { ensureBrowsers } from './lib/ensure-browsers.mjs';
import { quietBuild } from './lib/quiet-build.mjs';

if (!ensureBrowsers(['chromium'])) process.exit(1);
if (!quietBuild('test')) process.exit(1);

const SAMPLE_ID = '3842740325';
const SAMPLE = resolve('tests/fixtures/strava/classic-ride-weather-3842740325.html');
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--shot') && !process.env.CI;

const { context, close } = await launchWithExtension({
  headless: !headed,
  serve: (url) => (url.pathname.startsWith(`/activities/${SAMPLE_ID}`) ? { body: readFileSync(SAMPLE, 'utf8') } : null),
});
try {
  const page = await context.newPage();
  await page.goto(`https://www.strava.com/activities/${SAMPLE_ID}`);
  const panel = await waitForPanel(page);
  console.log(`Panel mounted: ${panel.attributes['data-state']}, risk ${panel.attributes['data-risk']}, findings: ${panel.attributes['data-findings'] || 'none'}`);
  if (headed) {
    console.log('Chromium is open on the sample activity; close the window to finish.');
    await new Promise((done) => context.on('close', done));
  } else {
    mkdirSync('artifacts', { recursive: true });
    const path = resolve('artifacts/demo-panel.png');
    // The page's own stats and the panel below them, in page coordinates.
    const clip = await page.evaluate(() => {
      const panel = document.querySelector('[data-cramp-check="panel"]').getBoundingClientRect();
      const stats = document.querySelector('.activity-stats, [data-react-class]')?.getBoundingClientRect() ?? panel;
      const top = Math.max(0, Math.min(stats.top, panel.top) + window.scrollY - 16);
      return { x: 0, y: top, width: Math.min(1280, panel.right + 16), height: panel.bottom + window.scrollY + 16 - top };
    });
    await page.screenshot({ path, clip, fullPage: true });
    console.log(`Screenshot of the sample activity with its panel: ${path}`);
  }
} finally {
  await close().catch(() => undefined);
}
