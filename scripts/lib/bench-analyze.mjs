// analyze() throughput, loaded from the TypeScript source through Vite's module runner.
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';

function perSecond(fn, minMs = 1500) {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (let i = 0; i < 100; i++) fn(n + i);
    n += 100;
  }
  return (n * 1000) / (performance.now() - start);
}

export async function analyzeThroughput() {
  const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error', configFile: false });
  try {
    const core = await server.ssrLoadModule('/src/core/index.ts');
    const { generateHistory } = await server.ssrLoadModule('/tests/fixtures/history.ts');
    const history = generateHistory({ days: 730, count: 5000 });
    const profile = { units: 'metric', bodyMassKg: 68, crampHistory: 'sometimes' };
    // Each call a different activity on a different day of the two years: a new 30-day window every
    // time (no cached answer), as when a runner scrolls through past runs.
    const start = Date.parse('2024-11-15T07:00:00Z');
    const activity = (i) => ({ source: 'strava', id: `b${i}`, sport: 'run', movingS: 3600 + (i % 60), distanceM: 10_000 + i, temperatureC: 24, humidityPct: 55, startTime: new Date(start + (i % 10_000) * 5_437_000).toISOString() });
    const now = new Date('2026-11-25T12:00:00Z');
    perSecond((i) => core.analyze(activity(i), profile, [], now), 300); // warm-up
    const alone = perSecond((i) => core.analyze(activity(i), profile, [], now));
    const withHistory = perSecond((i) => core.analyze(activity(i), profile, history, now), 1500);
    return { alone, withHistory, historySize: history.length };
  } finally {
    await server.close();
  }
}
