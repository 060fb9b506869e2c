// Page-load timings for the benchmark, with no automation attached to the browser: a DevTools
// client (Playwright) pauses every request it routes and every new frame it attaches to, the
// store build's panel frame included, and the runner's browser has none. Three headless Chromiums
// (no extension, the store build, the test build) load the same saved Strava page from a local
// HTTPS server, in turn; the page itself carries a small script that times the panel from the
// page's side (reading only what any page script can) and posts the figures back, and the server
// answers with the next address once it is that browser's turn. Every build starts with the same
// stored 4,990-activity history and profile, written beforehand through a browser Playwright drives
// and then closes. A fourth browser loads the floor build (panel-floor-build.mjs): the store build
// with a frame that draws nothing, to show how much of the budget the chain leaves to drawing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, QUIET_FLAGS, loadSites, siteHostsOf } from './browser.mjs';
import { benchInputs, seedProfile } from './bench-stored-data.mjs';
import { floorBuildOf } from './panel-floor-build.mjs';
import { serveHostsLocally } from './local-https.mjs';

const PAGE_ID = '3842740325';
const PAGE = `https://www.strava.com/activities/${PAGE_ID}`;
const REPORT_PATH = '/__bench-report';
/** The store build's panel with this page's analysis is about 650 px high; "Analyzing…" about 120. */
const ANALYSIS_MIN_HEIGHT_PX = 300;
const SETTLED_MS = 400;

/**
 * Runs in the page before its own scripts. Panel mounted: the host element's box appears. Analysis shown:
 * in the test build, the host gets `data-risk`; in the store build, whose frame the page cannot
 * read, the host's box takes the height of the drawn analysis (the content script sizes it when
 * the frame has drawn, and until then the runner sees none of it). Then reports and goes on.
 */
function recordPanel(kind, reportPath, minHeight, settledMs) {
  const post = window.fetch.bind(window);
  const sizes = [];
  let panelAt = null;
  let analyzedAt = null;
  new MutationObserver(() => {
    const host = document.querySelector('[data-cramp-check="panel"]');
    // Mounted: the box is in the page's layout, where the runner sees it. In Chromium the store
    // build's host goes in earlier, hidden (display: none, no box), to start loading its frame.
    if (host && panelAt === null && host.getClientRects().length > 0) {
      panelAt = performance.now();
      new ResizeObserver(() => sizes.push([performance.now(), host.getBoundingClientRect().height])).observe(host);
    }
    if (host?.hasAttribute('data-risk') && analyzedAt === null) analyzedAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-risk', 'style'] });
  const storeShownAt = () => {
    const last = sizes.at(-1);
    if (!last || last[1] < minHeight || performance.now() - last[0] < settledMs) return null;
    return sizes[sizes.findLastIndex(([, height]) => height !== last[1]) + 1][0];
  };
  const report = (shownAt) => {
    const load = performance.getEntriesByType('navigation')[0].loadEventEnd;
    post(reportPath, { method: 'POST', body: JSON.stringify({ kind, run: new URLSearchParams(location.search).get('run'), load, panelAt, shownAt }) })
      .then((answer) => answer.text())
      .then((next) => {
        if (next) location.href = next;
      });
  };
  addEventListener('load', () => {
    const started = performance.now();
    const poll = () => {
      const shownAt = kind === 'none' ? 0 : kind === 'test' ? analyzedAt : storeShownAt();
      if (shownAt !== null) report(shownAt);
      else if (performance.now() - started > 15_000) report(null);
      else setTimeout(poll, 25);
    };
    setTimeout(poll, 0);
  });
}

/** The browsers, in turn: without the extension, the store build, the test build, and the store build's floor. */
const KINDS = ['none', 'store', 'test', 'floor'];


function pageFor(kind) {
  const html = readFileSync(resolve('tests/fixtures/strava/classic-ride-weather-3842740325.html'), 'utf8');
  const script = `<script>(${recordPanel})(${JSON.stringify(kind)}, ${JSON.stringify(REPORT_PATH)}, ${ANALYSIS_MIN_HEIGHT_PX}, ${SETTLED_MS});</script>`;
  if (html.split('<head>').length !== 2) throw new Error('the bench page no longer has one <head>');
  return html.replace('<head>', `<head>${script}`);
}

/** The browsers' turns, one page load at a time: run 0 of each (warm-up) together, then every run in turn. */
function turns(count, onDone) {
  const order = [];
  for (let run = 1; run <= count; run++) for (const kind of KINDS) order.push({ kind, run });
  const waiting = new Map();
  const results = [];
  let next = 0;
  let running = false;
  const pump = () => {
    if (next >= order.length && !running) {
      for (const respond of waiting.values()) respond('');
      waiting.clear();
      onDone(results);
      return;
    }
    const slot = order[next];
    const respond = slot && waiting.get(slot.kind);
    if (running || !respond) return;
    waiting.delete(slot.kind);
    running = true;
    next++;
    respond(`${PAGE}?run=${slot.run}&kind=${slot.kind}`);
  };
  return (report, respond) => {
    if (Number(report.run) > 0) {
      results.push(report);
      running = false;
    }
    waiting.set(report.kind, respond);
    pump();
  };
}

/** Ends a browser this module started, and waits until it has. */
function stopped(browser) {
  if (browser.exitCode !== null || browser.signalCode !== null) return Promise.resolve();
  const exited = new Promise((done) => browser.once('exit', done));
  browser.kill();
  return exited;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function mediansOf(results) {
  const of = (kind) => results.filter((r) => r.kind === kind);
  for (const r of results) if (r.kind !== 'none' && (r.panelAt === null || r.shownAt === null)) throw new Error(`run ${r.run} (${r.kind} build): the panel never showed an analysis`);
  const store = of('store');
  return {
    baseLoadMs: median(of('none').map((r) => r.load)),
    extLoadMs: median(store.map((r) => r.load)),
    panelMs: median(store.map((r) => r.panelAt)),
    analyzedMs: median(store.map((r) => r.shownAt)),
    afterMountMs: median(store.map((r) => r.shownAt - r.panelAt)),
    inPageAfterMountMs: median(of('test').map((r) => r.shownAt - r.panelAt)),
    floorAfterMountMs: median(of('floor').map((r) => r.shownAt - r.panelAt)),
  };
}

/**
 * Medians over `count` loads of each (after one warm-up load): load time without and with the
 * store build, when the panel mounts and shows its analysis (store build), and the same span in
 * the test build, whose panel is drawn in the page, and in the floor build, whose frame draws nothing.
 */
export async function pageLoadTimings(count) {
  const pages = Object.fromEntries(KINDS.map((kind) => [kind, pageFor(kind)]));
  let finish;
  const finished = new Promise((done) => (finish = done));
  const take = turns(count, finish);
  const server = await serveHostsLocally([...siteHostsOf(await loadSites())], (url) => (url.pathname.startsWith(`/activities/${PAGE_ID}`) ? { body: pages[url.searchParams.get('kind') ?? 'none'] } : null), {
    [REPORT_PATH]: (body, respond) => take(JSON.parse(body), respond),
  });
  const { stored, port } = await benchInputs();
  const floor = floorBuildOf(resolve('dist'), port);
  const builds = { none: null, store: resolve('dist'), test: resolve('dist-test'), floor };
  const profiles = Object.fromEntries(KINDS.map((kind) => [kind, mkdtempSync(join(tmpdir(), 'cramp-check-bench-'))]));
  const browsers = [];
  let timeout;
  try {
    for (const kind of KINDS) if (builds[kind]) await seedProfile(profiles[kind], builds[kind], stored);
    for (const kind of KINDS) {
      const extension = builds[kind] ? [`--disable-extensions-except=${builds[kind]}`, `--load-extension=${builds[kind]}`] : [];
      const args = [...QUIET_FLAGS, '--headless', '--ignore-certificate-errors', '--window-size=1280,900', '--lang=en-GB', `--user-data-dir=${profiles[kind]}`, ...server.args, ...extension, `${PAGE}?run=0&kind=${kind}`];
      browsers.push(spawn(CHROMIUM, args, { stdio: 'ignore' }));
    }
    timeout = setTimeout(() => finish(null), 60_000 + count * 5_000);
    const results = await finished;
    if (results === null) throw new Error('the page loads did not finish in time');
    return mediansOf(results);
  } finally {
    clearTimeout(timeout);
    // Every browser this started is stopped (by its own process id) before any profile is removed.
    await Promise.all(browsers.map(stopped));
    // A browser's helper processes may still be writing its profile for a moment after it exits.
    await new Promise((done) => setTimeout(done, 500));
    for (const dir of [...Object.values(profiles), floor]) {
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`could not remove ${dir}: ${error instanceof Error ? error.message : error}`);
      }
    }
    await server.close();
  }
}
