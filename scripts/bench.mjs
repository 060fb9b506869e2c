// `npm run bench`: speed and size, printed side by side. A benchmark, not a test: it never
// asserts timings. With --size-only (used by .ci/run) it measures the content-script size and
// exits non-zero only when that is over budget.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// Speed budgets a runner notices (issue 13.9): one analysis against a 5,000-activity history, and
// the popup's 8-week view (every run in it rated against the history).
const BUDGET = { contentScriptGzipBytes: 15 * 1024, overheadRatio: 1.1, analyzeMedianMs: 1, weeklyViewMedianMs: 20 };
const DIST = resolve('dist');

/** Every JS file the content script loads: the manifest's entries and everything they import. */
function contentScriptFiles(dist = DIST) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const queue = manifest.content_scripts.flatMap((c) => c.js ?? []).map((f) => join(dist, f));
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["']([^"']+\.js)["']|chrome\.runtime\.getURL\(\s*["']([^"']+\.js)["']/g)) {
      const spec = m[1] ?? m[2];
      queue.push(spec.startsWith('.') ? resolve(dirname(file), spec) : join(dist, spec.replace(/^\//, '')));
    }
  }
  return [...seen];
}

function sizeReport() {
  try {
    readFileSync(join(DIST, 'manifest.json'));
  } catch {
    console.error('dist/ has no build: run npm run build first');
    process.exit(1);
  }
  const files = contentScriptFiles();
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.map((f) => f.slice(DIST.length + 1)), raw, gzip };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const size = sizeReport();
const sizeOk = size.gzip <= BUDGET.contentScriptGzipBytes;
console.log(`content script: ${size.files.length} file(s), ${kb(size.raw)} raw, ${kb(size.gzip)} gzipped (budget ${kb(BUDGET.contentScriptGzipBytes)}) ${sizeOk ? 'ok' : 'OVER BUDGET'}`);
for (const f of size.files) console.log(`  ${f}`);

if (!process.argv.includes('--size-only')) {
  const { pageTimings, popupTiming } = await import('./lib/bench-browser.mjs');
  const { analysisTimings } = await import('./lib/bench-analyze.mjs');
  const loads = Number(process.env.BENCH_LOADS ?? 20);
  const page = await pageTimings(loads);
  console.log(`page load without extension: median ${page.baseLoadMs.toFixed(0)} ms (${loads} loads)`);
  console.log(`page load with extension:    median ${page.extLoadMs.toFixed(0)} ms`);
  console.log(`navigation start → panel mounted: median ${page.panelMs.toFixed(0)} ms; → analysis shown: ${page.analyzedMs.toFixed(0)} ms`);
  const ratio = page.panelMs / page.baseLoadMs;
  console.log(`overhead ratio (panel mounted ÷ load without extension): ${ratio.toFixed(2)} (budget ≤ ${BUDGET.overheadRatio})`);
  console.log(`load-time ratio (load with ÷ without extension): ${(page.extLoadMs / page.baseLoadMs).toFixed(2)}`);
  const popup = await popupTiming(Math.max(5, Math.round(loads / 2)));
  console.log(`popup first render (first contentful paint): median ${popup.toFixed(0)} ms`);
  const t = await analysisTimings();
  const ms = ({ medianMs, p95Ms }) => `median ${medianMs.toFixed(3)} ms (p95 ${p95Ms.toFixed(3)} ms)`;
  const within = (x, budget) => (x <= budget ? 'ok' : 'OVER BUDGET');
  console.log(`analyze(), no history: ${ms(t.alone)}`);
  console.log(`analyze(), ${t.historySize.toLocaleString('en')}-activity history: ${ms(t.withHistory)} (budget ≤ ${BUDGET.analyzeMedianMs} ms) ${within(t.withHistory.medianMs, BUDGET.analyzeMedianMs)}`);
  console.log(`  first analysis of a freshly loaded history (reads it once): ${ms(t.firstWithHistory)}`);
  console.log(`popup 8-week view, ${t.historySize.toLocaleString('en')}-activity history: ${ms(t.weekly)} (budget ≤ ${BUDGET.weeklyViewMedianMs} ms) ${within(t.weekly.medianMs, BUDGET.weeklyViewMedianMs)}`);
}

process.exit(sizeOk ? 0 : 1);
