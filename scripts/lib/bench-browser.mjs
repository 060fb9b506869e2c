// Browser timings for the benchmark: the same saved Strava page loaded with and without the
// extension, and the popup's first render.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './browser.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const PAGE_ID = '3842740325';
const html = readFileSync(resolve('tests/fixtures/strava/classic-ride-weather-3842740325.html'), 'utf8');
const serve = (url) => (url.pathname.startsWith(`/activities/${PAGE_ID}`) ? { body: html } : null);

// Records, from navigation start, when the panel is mounted and when it shows its analysis
// (main world; reads only the DOM).
const RECORD_PANEL = () => {
  new MutationObserver((_, observer) => {
    const host = document.querySelector('[data-cramp-check="panel"]');
    if (host && window.__panelAt === undefined) window.__panelAt = performance.now();
    if (host?.hasAttribute('data-risk')) {
      window.__analyzedAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-risk'] });
};

async function openTimedPage(extensionDir) {
  const browser = await launchWithExtension({ extensionDir, serve });
  await browser.context.addInitScript(RECORD_PANEL);
  return { ...browser, page: await browser.context.newPage() };
}

async function timeOneLoad(page, run, withPanel) {
  await page.goto(`https://www.strava.com/activities/${PAGE_ID}?run=${run}`, { waitUntil: 'load' });
  if (withPanel) await page.waitForFunction(() => window.__analyzedAt !== undefined, null, { timeout: 15_000 });
  return page.evaluate(() => ({ load: performance.getEntriesByType('navigation')[0].loadEventEnd, panel: window.__panelAt, analyzed: window.__analyzedAt }));
}

/**
 * The same page loaded with and without the extension, alternately, so both see the same
 * machine load (a shared 2-core machine drifts between runs).
 */
export async function pageTimings(count) {
  const base = await openTimedPage(null);
  // The test build: the same code as the store build, with the panel contract the timer reads.
  const ext = await openTimedPage('dist-test');
  const times = { baseLoad: [], extLoad: [], panel: [], analyzed: [] };
  try {
    for (let i = 0; i < count + 1; i++) {
      const without = await timeOneLoad(base.page, i, false);
      const withExt = await timeOneLoad(ext.page, i, true);
      if (i === 0) continue; // the first load warms caches and the service worker
      times.baseLoad.push(without.load);
      times.extLoad.push(withExt.load);
      times.panel.push(withExt.panel);
      times.analyzed.push(withExt.analyzed);
    }
  } finally {
    await base.close();
    await ext.close();
  }
  return { baseLoadMs: median(times.baseLoad), extLoadMs: median(times.extLoad), panelMs: median(times.panel), analyzedMs: median(times.analyzed) };
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
