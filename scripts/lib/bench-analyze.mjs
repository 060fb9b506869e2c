// analyze() and the popup's 8-week view, timed call by call from the TypeScript source through
// Vite's module runner. Medians (and 95th percentiles) of single calls: what a runner waits for.
// Timed in CPU time (process.cpuUsage), which a busy shared machine disturbs far less than wall
// time; for this synchronous, single-threaded code the two agree on an idle machine.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

/** Runs `fn(i)` `n` times after a warm-up, timing each call; returns the median and p95 in ms. */
function timeCalls(fn, n) {
  for (let i = 0; i < Math.min(50, n); i++) fn(i);
  const times = [];
  for (let i = 0; i < n; i++) {
    const start = process.cpuUsage();
    fn(i);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(n / 2)], p95Ms: times[Math.floor(n * 0.95)] };
}

export async function analysisTimings() {
  const server = await createServer({
    server: { middlewareMode: true },
    appType: 'custom',
    logLevel: 'error',
    configFile: false,
    // The 8-week view lives beside the background's storage code; its browser API is never called here.
    resolve: { alias: { 'webextension-polyfill': fileURLToPath(new URL('./bench-no-browser.mjs', import.meta.url)) } },
  });
  try {
    const core = await server.ssrLoadModule('/src/core/index.ts');
    const { historyView } = await server.ssrLoadModule('/src/background/history.ts');
    const { generateHistory } = await server.ssrLoadModule('/tests/fixtures/history.ts');
    const history = generateHistory({ days: 730, count: 5000 });
    const profile = { units: 'metric', bodyMassKg: 68, crampHistory: 'sometimes' };
    // Each call a different activity on a different day of the two years: a new 30-day window every
    // time (no cached answer), as when a runner scrolls through past runs.
    const start = Date.parse('2024-11-15T07:00:00Z');
    const activity = (i) => ({ source: 'strava', id: `b${i}`, sport: 'run', movingS: 3600 + (i % 60), distanceM: 10_000 + i, temperatureC: 24, humidityPct: 55, startTime: new Date(start + (i % 10_000) * 5_437_000).toISOString().slice(0, 19) });
    const now = new Date('2026-11-25T12:00:00Z');
    const alone = timeCalls((i) => core.analyze(activity(i), profile, [], now), 2000);
    // Analyses of one loaded history (the 8-week view makes hundreds): each a new 30-day window.
    const withHistory = timeCalls((i) => core.analyze(activity(i), profile, history, now), 1000);
    // The first analysis of a freshly loaded history (a new array, as each message handler loads
    // it from storage): includes reading its 5,000 start times once (core/past-runs.ts).
    const firstWithHistory = timeCalls((i) => core.analyze(activity(i), profile, history.slice(), now), 300);
    // The popup's view, from a freshly loaded history each time, as its message handler does.
    const weekly = timeCalls(() => historyView(history.slice(), profile, now), 30);
    return { alone, withHistory, firstWithHistory, weekly, historySize: history.length };
  } finally {
    await server.close();
  }
}

/** Like timeCalls, for an async call: CPU time of each awaited call (nothing else runs meanwhile). */
async function timeAsyncCalls(fn, n) {
  for (let i = 0; i < Math.min(20, n); i++) await fn(i);
  const times = [];
  for (let i = 0; i < n; i++) {
    const start = process.cpuUsage();
    await fn(i);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(n / 2)], p95Ms: times[Math.floor(n * 0.95)] };
}

/**
 * A whole `read-page` as the background answers it (site check, storage, interpretation, analysis
 * against the history, storing, the panel model), for a Garmin Connect activity viewed again, with a
 * 4,990-activity history in in-memory storage: what the runner waits for on each page view. The
 * first read of the worker's lifetime (storage read and validated once) is timed apart.
 */
export async function readPageTimings() {
  const memory = fileURLToPath(new URL('./bench-memory-browser.mjs', import.meta.url));
  const server = await createServer({
    server: { middlewareMode: true },
    appType: 'custom',
    logLevel: 'error',
    configFile: false,
    resolve: { alias: { 'webextension-polyfill': memory } },
  });
  try {
    const { default: browser, calls } = await server.ssrLoadModule(memory);
    const { readPage } = await server.ssrLoadModule('/src/background/page.ts');
    const { generateHistory } = await server.ssrLoadModule('/tests/fixtures/history.ts');
    const { readFileSync } = await import('node:fs');
    const activity = JSON.parse(readFileSync(new URL('../../tests/fixtures/garmin/activity-trail-run.json', import.meta.url), 'utf8'));
    const now = new Date('2026-11-25T12:00:00Z');
    const history = generateHistory({ days: 730, count: 5000, end: now });
    await browser.storage.local.set({
      history: { version: 1, data: history },
      profile: { version: 2, data: { units: 'metric', bodyMassKg: 68, crampHistory: 'sometimes' } },
      settings: { version: 1, data: { sites: { strava: true, garmin: true }, panelCollapsed: false } },
    });
    const url = `https://connect.garmin.com/modern/activity/${activity.activityId}`;
    const request = { type: 'read-page', site: 'garmin', url, capture: { activity, weather: null }, openedAt: now.getTime() };
    const sender = { id: 'bench', tab: { id: 7 }, frameId: 0, url };
    const before = calls.get;
    const firstStart = process.cpuUsage();
    await readPage(request, sender, now);
    const firstUsed = process.cpuUsage(firstStart);
    const firstGets = calls.get - before;
    const gets = calls.get;
    const again = await timeAsyncCalls(() => readPage(request, sender, now), 200);
    return { again, firstMs: (firstUsed.user + firstUsed.system) / 1000, firstGets, getsPerRead: (calls.get - gets) / 220, historySize: history.length };
  } finally {
    await server.close();
  }
}
