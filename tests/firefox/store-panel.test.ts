// The Firefox store build (dist-firefox/: npm run build:firefox) in a real Firefox: the panel is the
// extension's own frame, sized to its content, and the page's window.find reaches none of its text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_UUID, launchFirefoxWithExtension, pollPage } from '../../scripts/lib/firefox.mjs';

const FIXTURE = readFileSync(resolve(__dirname, '../fixtures/strava/classic-ride-2173828434.html'), 'utf8');

let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension({
    extensionDir: 'dist-firefox',
    serve: (url) => (/^\/activities\/2173828434(\/|$)/.test(url.pathname) ? { body: FIXTURE } : null),
  });
});
afterAll(async () => {
  await firefox?.close();
});

describe('Firefox store build', () => {
  it("draws the panel in its moz-extension:// frame, sized to it; the page's window.find finds none of it", async () => {
    const page = await firefox.newPage();
    await page.goto('https://www.strava.com/activities/2173828434');
    const frameUrl = `moz-extension://${EXTENSION_UUID}/src/panel/index.html`;
    const shown = await pollPage(page, () => {
      const host = document.querySelector('[data-cramp-check="panel"]');
      const height = host?.getBoundingClientRect().height ?? 0;
      return height > 150 ? { html: host?.outerHTML, height } : null;
    });
    // Puppeteer names a moz-extension:// child frame about:blank: find the panel's by its own address.
    let panel = null;
    for (const frame of page.frames()) if ((await frame.evaluate(() => location.href).catch(() => '')).startsWith(frameUrl)) panel = frame;
    if (!panel) throw new Error('no panel frame');
    expect(shown.html).toBe('<div data-cramp-check="panel" style="display: block !important;"></div>');
    const text = await panel.evaluate(() => document.getElementById('panel')?.shadowRoot?.textContent ?? '');
    expect(text).toContain('Cramp Check');
    expect(text).toMatch(/cramp risk/);
    const found = await page.evaluate(() => {
      const find = (s: string) => (window as unknown as { find(s: string, c: boolean, b: boolean, w: boolean): boolean }).find(s, false, false, true);
      return { panel: ['Cramp Check', 'cramp risk', 'Sweat'].filter(find), page: find('Moving Time') };
    });
    expect(found).toEqual({ panel: [], page: true });
    await page.close();
  });
});
