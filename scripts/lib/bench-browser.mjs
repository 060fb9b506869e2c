// Browser timings for the benchmark: the same saved Strava page loaded with and without the
// extension, and the popup's first render.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './browser.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const PAGE_ID = '3842740325';
const html = readFileSync(resolve('tests/fixtures/strava/classic-ride-weather-3842740325.html'), 'utf8');
const serve = (url) => (url.pathname.startsWith(`/activities/${PAGE_ID}`) ? { body: html } : null);

// Records, from navigation start, when the analyzed panel appears (main world; reads only the DOM).
const RECORD_PANEL = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-cramp-check="panel"][data-risk]')) {
      window.__panelAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-risk'] });
};

async function loads(extensionDir, count, withPanel) {
  const { context, close } = await launchWithExtension({ extensionDir, serve });
  const load = [];
  const panel = [];
  try {
    await context.addInitScript(RECORD_PANEL);
    const page = await context.newPage();
    for (let i = 0; i < count + 1; i++) {
      await page.goto(`https://www.strava.com/activities/${PAGE_ID}?run=${i}`, { waitUntil: 'load' });
      if (withPanel) await page.waitForFunction(() => window.__panelAt !== undefined, null, { timeout: 15_000 });
      const timing = await page.evaluate(() => ({ load: performance.getEntriesByType('navigation')[0].loadEventEnd, panel: window.__panelAt }));
      if (i === 0) continue; // the first load warms caches and the service worker
      load.push(timing.load);
      if (withPanel) panel.push(timing.panel);
    }
  } finally {
    await close();
  }
  return { loadMs: median(load), panelMs: withPanel ? median(panel) : null };
}

export async function pageTimings(count) {
  const base = await loads(null, count, false);
  const ext = await loads('dist', count, true);
  return { baseLoadMs: base.loadMs, extLoadMs: ext.loadMs, panelMs: ext.panelMs };
}

export async function popupTiming(count) {
  const { context, extensionId, close } = await launchWithExtension({ serve });
  const times = [];
  try {
    const page = await context.newPage();
    for (let i = 0; i < count + 1; i++) {
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
      await page.waitForSelector('h1');
      const fcp = await page.evaluate(
        () =>
          new Promise((done) => {
            const entry = performance.getEntriesByName('first-contentful-paint')[0];
            if (entry) return done(entry.startTime);
            new PerformanceObserver((list) => done(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
          }),
      );
      if (i > 0) times.push(fcp);
    }
  } finally {
    await close();
  }
  return median(times);
}
