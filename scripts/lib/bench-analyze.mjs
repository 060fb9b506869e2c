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
