// Launches Debian's Chromium with an unpacked build of the extension, offline: every web request
// is routed — answered from local files when a test serves it, 404 on a supported site (SITES)
// otherwise, refused anywhere else.
// Shared by the real-browser tests, the demo (npm start) and the benchmark.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The supported sites, from THE site list (src/sites/index.ts): a test run by Vitest imports it
 * directly; plain Node (npm start, the benchmark) cannot load TypeScript, so there Vite's module
 * runner reads it, as scripts/fuzz.mjs does. Read once per process.
 */
let sitesLoading = null;
export function loadSites() {
  sitesLoading ??= import('../../src/sites/index.ts').then(
    (module) => module.SITES,
    async () => {
      const { createServer } = await import('vite');
      const server = await createServer({
        root: resolve(import.meta.dirname, '../..'),
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        return (await server.ssrLoadModule('/src/sites/index.ts')).SITES;
      } finally {
        await server.close();
      }
    },
  );
  return sitesLoading;
}

/** Every host of every site's origins: a request there that a test does not serve gets a 404, like a real server's. */
export const siteHostsOf = (sites) => new Set(sites.flatMap((site) => site.meta.origins.map((origin) => new URL(origin.replace(/\*$/, '')).hostname)));

/** The sites with a host `hosts` does not hold: a site added to SITES and not routed shows up here (tests/scripts/browser-routing.test.ts). */
export const unroutedSites = (sites, hosts) => sites.filter((site) => site.meta.origins.some((origin) => !hosts.has(new URL(origin.replace(/\*$/, '')).hostname))).map((site) => site.meta.id);

export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * @param {object} options
 * @param {string | null} [options.extensionDir] unpacked build to load (default the test build,
 *   dist-test/: `npm run build:test`; the store build dist/ hides the panel from the page), or null
 * @param {(url: URL) => {body: string, contentType?: string, status?: number} | null | Promise<{body: string, contentType?: string, status?: number} | null>} options.serve
 *   answers a request (null → 404 on a supported site, refused anywhere else)
 * @param {boolean} [options.headless]
 * @param {string} [options.colorScheme] 'light' | 'dark'
 */
export async function launchWithExtension({ extensionDir = 'dist-test', serve, headless = true, colorScheme = 'light' }) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const dir = extensionDir ? resolve(extensionDir) : null;
  if (dir && !existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} has no manifest.json: run npm run build (dist/) or npm run build:test (dist-test/)`);
  const siteHosts = siteHostsOf(await loadSites());
  const userDataDir = mkdtempSync(join(tmpdir(), 'cramp-check-chromium-'));
  const args = [...QUIET_FLAGS, ...(dir ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : [])];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    args,
    colorScheme,
    viewport: { width: 1280, height: 900 },
    // A metric English browser (navigator.language), as the tests' expected texts are: an en-US
    // browser shows imperial units until a profile is saved (core/locale-units.ts), which
    // tests/background/units-rule.test.ts covers.
    locale: 'en-GB',
  });
  await context.route(
    (url) => url.protocol.startsWith('http'),
    async (route) => {
      const url = new URL(route.request().url());
      const answer = await serve(url);
      if (!answer) {
        // Known sites answer 404 like a server would; everything else, Open-Meteo included, is
        // refused (no internet): a test that expects a lookup serves it (tests/e2e/weather.test.ts).
        if (siteHosts.has(url.hostname)) await route.fulfill({ status: 404, body: 'not found' });
        else await route.abort('blockedbyclient');
        return;
      }
      await route.fulfill({ status: answer.status ?? 200, contentType: answer.contentType ?? 'text/html; charset=utf-8', body: answer.body });
    },
  );
  let extensionId = null;
  if (dir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, extensionId, close };
}

/** Waits for the panel host and returns its attributes once it reached `data-state` and, when asked, an analysis. */
export async function waitForPanel(page, { analyzed = true, timeout = 15_000 } = {}) {
  const selector = analyzed ? '[data-cramp-check="panel"][data-risk]' : '[data-cramp-check="panel"][data-state]';
  await page.waitForSelector(selector, { state: 'attached', timeout });
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('[data-cramp-check="panel"]');
    const host = hosts[0];
    const attributes = Object.fromEntries([...host.attributes].map((a) => [a.name, a.value]));
    return { count: hosts.length, attributes, text: host.shadowRoot?.textContent ?? null, shadowMode: host.shadowRoot ? 'open' : 'closed-or-none' };
  });
}
