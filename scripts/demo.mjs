// `npm start` builds the test build (dist-test/, whose panel contract lets it print what the panel
// shows), then opens the README's sample run (scripts/lib/sample-run.mjs: the runner's own run, a
// cramp logged at 48 min) in Chromium with the extension loaded, offline. With a display it stays
// open for you to try. `--shot` (or no display) writes the panel as the README shows it,
// docs/screenshots/panel-desktop.png, the image tests/e2e/surfaces.test.ts also takes.
import { resolve } from 'node:path';
import { launchWithExtension, waitForPanel } from './lib/browser.mjs';
import { ensureBrowsers } from './lib/ensure-browsers.mjs';
import { quietBuild } from './lib/quiet-build.mjs';
import { logSampleCramp, SAMPLE_RUN_URL, serveSampleRun } from './lib/sample-run.mjs';

if (!ensureBrowsers(['chromium'])) process.exit(1);
if (!quietBuild('test')) process.exit(1);

const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--shot') && !process.env.CI;
const { context, close } = await launchWithExtension({ headless: !headed, serve: serveSampleRun() });
try {
  const page = await context.newPage();
  await page.goto(SAMPLE_RUN_URL);
  await waitForPanel(page);
  const host = page.locator('[data-cramp-check="panel"]');
  await logSampleCramp(host);
  const shown = await host.evaluate((el) => ({ risk: el.getAttribute('data-risk'), findings: el.getAttribute('data-findings') }));
  console.log(`The panel on a sample 10.4 km run with a cramp logged: ${shown.risk} cramp risk; may have contributed: ${shown.findings || 'nothing'}`);
  if (headed) {
    console.log('Chromium is open on the sample run; close the window to finish.');
    await new Promise((done) => context.on('close', done));
  } else {
    const path = resolve('docs/screenshots/panel-desktop.png');
    await host.screenshot({ path });
    console.log(`Screenshot (the README's top image): ${path}`);
  }
} finally {
  await close().catch(() => undefined);
}
