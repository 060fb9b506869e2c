// Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core) with the unpacked
// Firefox test build (dist-firefox-test/) installed as a temporary add-on, offline: every request to a
// supported site is answered from local files, every other web request is refused.
// Used by the real-Firefox test (tests/firefox, vitest.firefox.config.ts).
//
// Firefox specifics this works around (see docs/firefox-and-packaging.md):
// - The add-on's moz-extension:// UUID is random per profile; we pin it with the
//   `extensions.webextensions.uuids` pref (gecko id → fixed UUID) before launch.
// - WebDriver BiDi may only open/script moz-extension:// pages with --remote-allow-system-access.
// - MV3 host permissions are opt-in in Firefox. A temporary install (webExtension.install) grants
//   the manifest's host_permissions; we still set extensions.originControls.grantByDefault so the
//   behaviour does not depend on that, and hostPermissionGranted() lets the test check it.
// - Firefox reports no load events for moz-extension:// pages: callers poll page state instead.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'cramp-check@cramp-check.example';
/** Fixed moz-extension:// host for the add-on in the test profile (any UUID works). */
export const EXTENSION_UUID = '6f0d8a52-3c1b-4e7a-9d2f-c4a1b8e07f31';

/** Everything that is not a web request we answer (data:, blob:, moz-extension:, about:) passes. */
const isWeb = (url) => url.startsWith('http:') || url.startsWith('https:') || url.startsWith('ws:') || url.startsWith('wss:');

const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  // Grant MV3 host permissions at install instead of waiting for the user to opt in.
  'extensions.originControls.grantByDefault': true,
  // No first-run pages, update checks or telemetry; nothing may reach the network.
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  // A dead proxy as a safety net: any request not answered by interception (e.g. from the
  // background script, which page interception does not see) fails instead of going online.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.allow_hijacking_localhost': false,
  'network.proxy.no_proxies_on': '',
};

/**
 * @param {object} options
 * @param {string} [options.extensionDir] unpacked Firefox build (default the test build dist-firefox-test: `npm run build:test`)
 * @param {(url: URL) => {body: string, contentType?: string, status?: number} | null} options.serve
 *   answers a request to https://www.strava.com (null → 404)
 * @param {boolean} [options.headless]
 * @param {Record<string, unknown>} [options.prefs] extra Firefox prefs (override the defaults above; null = Firefox's default)
 */
export async function launchFirefoxWithExtension({ extensionDir = 'dist-firefox-test', serve, headless = true, prefs = {} }) {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr`);
  const dir = resolve(extensionDir);
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${dir} has no manifest.json: run npm run build:firefox`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (geckoId !== GECKO_ID) throw new Error(`${manifestPath}: gecko id ${geckoId}, expected ${GECKO_ID}`);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    args: ['--remote-allow-system-access'],
    // A pref set to null in `prefs` is left at Firefox's default.
    extraPrefsFirefox: Object.fromEntries(Object.entries({ ...PREFS, ...prefs }).filter(([, v]) => v !== null)),
    protocolTimeout: 60_000,
  });
  let addonId;
  try {
    addonId = await browser.installExtension(dir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

  /** A new tab whose web requests are answered by `serve` (strava.com) or refused (anything else). */
  const newPage = async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const raw = request.url();
      if (!isWeb(raw)) return void request.continue();
      const url = new URL(raw);
      if (url.hostname !== 'www.strava.com') return void request.abort('blockedbyclient');
      const answer = serve(url);
      if (!answer) return void request.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
      return void request.respond({
        status: answer.status ?? 200,
        contentType: answer.contentType ?? 'text/html; charset=utf-8',
        body: answer.body,
      });
    });
    return page;
  };

  /**
   * An extension page, e.g. `src/options/index.html`, in a new tab (no interception), once
   * `ready` (evaluated in the page) is truthy.
   * @param {string} path
   * @param {{ ready?: () => unknown, timeout?: number }} [options]
   */
  const openExtensionPage = async (path, { ready, timeout = 20_000 } = {}) => {
    const page = await browser.newPage();
    // moz-extension:// loads fire no load event over BiDi: start the navigation, don't await it,
    // and poll for the page's own content instead.
    page.goto(`${extensionOrigin}/${path}`, { timeout }).catch(() => {});
    // The tab starts on about:blank, which is also "complete": wait for the extension page itself.
    await pollPage(page, () => location.protocol === 'moz-extension:' && document.readyState === 'complete', { timeout });
    if (ready) await pollPage(page, ready, { timeout });
    return page;
  };

  const close = async () => {
    await browser.close();
  };
  return { browser, addonId, extensionOrigin, newPage, openExtensionPage, close };
}

/**
 * Evaluates `predicate` in the page until it returns a truthy value (which is returned).
 * Survives navigations in between (evaluation errors count as "not yet").
 * @template T
 * @param {import('puppeteer-core').Page} page
 * @param {(...args: any[]) => T} predicate
 * @param {{ timeout?: number, interval?: number, args?: unknown[] }} [options]
 * @returns {Promise<NonNullable<Awaited<T>>>}
 */
export async function pollPage(page, predicate, { timeout = 20_000, interval = 100, args = [] } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await page.evaluate(predicate, ...args);
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`timed out after ${timeout} ms on ${page.url()}${lastError ? ` (last error: ${lastError.message})` : ''}`);
}

/**
 * The panel host's attributes once it reached `data-state` and, when asked, an analysis.
 * @param {import('puppeteer-core').Page} page
 * @param {{ analyzed?: boolean, timeout?: number }} [options]
 */
export async function waitForPanelFirefox(page, { analyzed = true, timeout = 20_000 } = {}) {
  const selector = analyzed ? '[data-cramp-check="panel"][data-risk]' : '[data-cramp-check="panel"][data-state]';
  await pollPage(page, (s) => document.querySelector(s) !== null, { timeout, args: [selector] });
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('[data-cramp-check="panel"]');
    const host = hosts[0];
    const attributes = Object.fromEntries([...host.attributes].map((a) => [a.name, a.value]));
    return { count: hosts.length, attributes, text: host.shadowRoot?.textContent ?? null, shadowMode: host.shadowRoot ? 'open' : 'closed-or-none' };
  });
}
