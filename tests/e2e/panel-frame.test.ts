// The store build's panel lives in the extension's own frame (src/content/panel-frame.ts): what a
// script of the activity page can still learn, tried as an attacker would, in Chromium. Each check
// has a control on the page's own text, so a probe that cannot see anything would fail it.
// Keyboard use, the page's dark scheme and the frame's translated title are checked in the frame too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser.mjs';
import { servedOn } from './strava-site';

type Browser = Awaited<ReturnType<typeof launchWithExtension>>;
type Page = Awaited<ReturnType<Browser['context']['newPage']>>;

const ACTIVITY = 'https://www.strava.com/activities/2173828434';
/** The panel's font names (src/ui/panel.css), each given to the page's own @font-face probes. */
const PANEL_FONTS = ['-apple-system', 'Segoe UI', 'Roboto', 'Helvetica', 'Arial'];
const fontRequests: string[] = [];
/** How long the page's parsing waits on its slow script (?slow), and when that script was asked for. */
const SLOW_PARSE_MS = 3_000;
let slowScriptAsked = 0;
/** Run by the page while its body is not parsed yet: what of the panel it finds there. */
const SLOW_SCRIPT = `{ const host = document.querySelector('[data-cramp-check="panel"]'); window.whileParsing = { host: host !== null, boxes: host ? host.getClientRects().length : -1, text: document.documentElement.innerText.includes('Analyzing') }; }`;

// A page script that records what it can: probes for every panel font (one face per digit),
// a text for the control, and listeners for selection, copy and keys.
const PROBE = `<style>${PANEL_FONTS.flatMap((font, f) =>
  Array.from({ length: 10 }, (_, d) => `@font-face { font-family: "${font}"; src: url(https://www.strava.com/font-probe/${f}-${d}.woff2); unicode-range: U+${(0x30 + d).toString(16)}; }`),
).join('\n')}</style>
<p id="control" style="font-family: '-apple-system'">Control text of the page 7</p>
<script>
  window.seen = { keys: [], inputs: 0, selections: [], copies: 0 };
  for (const type of ['keydown', 'keyup', 'keypress']) addEventListener(type, (e) => seen.keys.push(e.key), true);
  addEventListener('input', () => seen.inputs++, true);
  addEventListener('copy', () => seen.copies++, true);
  document.addEventListener('selectionchange', () => seen.selections.push(String(getSelection())));
</script>`;

type Seen = { keys: string[]; inputs: number; selections: string[]; copies: number };

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension({
    extensionDir: 'dist',
    serve: (url) => {
      if (url.pathname.startsWith('/font-probe/')) {
        fontRequests.push(url.pathname);
        return { status: 404, body: '' };
      }
      // A script in the page's <head> that keeps the page's DOM unparsed for a while, as a slow site's own scripts do.
      if (url.pathname === '/slow-parse.js') {
        slowScriptAsked = Date.now();
        return new Promise((done) => setTimeout(() => done({ body: SLOW_SCRIPT, contentType: 'text/javascript' }), SLOW_PARSE_MS));
      }
      if (url.hostname !== 'www.strava.com' || !url.pathname.startsWith('/activities/2173828434')) return null;
      // The runner's own ride, three days ago (kept by the history): the full panel with its cramp log.
      const html = servedOn('synthetic-classic-ride-own-edit-link.html', new Date(Date.now() - 3 * 86_400_000)).replace('</body>', `${PROBE}</body>`);
      // ?dark: the page declares itself dark, as a site's dark theme does (content/page-scheme.ts);
      // ?both: it declares both schemes, following the system.
      const declared = url.searchParams.has('dark') ? 'dark' : url.searchParams.has('both') ? 'light dark' : null;
      const slow = url.searchParams.has('slow') ? '<script src="/slow-parse.js"></script>' : '';
      return { body: html.replace('<head>', `<head>${declared ? `<meta name="color-scheme" content="${declared}">` : ''}${slow}`) };
    },
  });
});
afterAll(async () => {
  await browser?.close();
});

/** The panel's frame, as only the extension (and this test) can reach it. */
async function panelFrame(page: Page) {
  await page.waitForSelector('[data-cramp-check="panel"]', { state: 'attached' });
  let frame = page.frames().find((f) => f.url().includes('/src/panel/index.html'));
  for (let i = 0; !frame && i < 50; i++) {
    await page.waitForTimeout(100);
    frame = page.frames().find((f) => f.url().includes('/src/panel/index.html'));
  }
  if (!frame) throw new Error('no panel frame');
  await frame.getByText(/cramp risk/).first().waitFor({ timeout: 15_000 });
  return frame;
}

describe('store build: the panel in its own frame', () => {
  it('shows the analysis in the frame, sized to it; the page finds only data-cramp-check="panel"', async () => {
    const page = await browser.context.newPage();
    await page.goto(ACTIVITY);
    const frame = await panelFrame(page);
    expect(await frame.locator('.cc-headline').textContent()).not.toBe('');
    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-cramp-check="panel"]') as HTMLElement;
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a page script would scrape.
      return { html: host.outerHTML, shadowRoot: host.shadowRoot, text: document.body.innerText };
    });
    expect(seen.html).toBe('<div data-cramp-check="panel" style="display: block !important;"></div>');
    expect(seen.shadowRoot).toBeNull();
    expect(seen.text).not.toMatch(/cramp risk|sweat loss|sodium loss/i);
    // The box follows the panel's height: collapsing it shrinks the box.
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-cramp-check="panel"]')?.getBoundingClientRect().height)).toBeGreaterThan(150);
    await frame.getByRole('button', { name: 'Cramp Check' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-cramp-check="panel"]')?.getBoundingClientRect().height)).toBeLessThan(100);
    await frame.getByRole('button', { name: 'Cramp Check' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-cramp-check="panel"]')?.getBoundingClientRect().height)).toBeGreaterThan(150);
    await page.close();
  });

  it("starts loading the frame while the page still parses, hidden, and moves it into place without loading it again", async () => {
    const page = await browser.context.newPage();
    const navigations: number[] = [];
    const detached: string[] = [];
    page.on('framenavigated', (f) => {
      if (f.url().includes('/src/panel/index.html')) navigations.push(Date.now());
    });
    page.on('framedetached', (f) => detached.push(f.url()));
    await page.goto(`${ACTIVITY}?slow`, { waitUntil: 'commit' });
    const frame = await panelFrame(page);
    // The frame's page committed before the page's parser got its slow head script back.
    expect(navigations.length).toBeGreaterThan(0);
    expect(slowScriptAsked).toBeGreaterThan(0);
    expect(navigations[0]).toBeLessThan(slowScriptAsked + SLOW_PARSE_MS);
    // While the page parsed, the host was there, with no box (hidden), and the page read none of the panel.
    expect(await page.evaluate(() => (window as unknown as { whileParsing?: unknown }).whileParsing)).toEqual({ host: true, boxes: 0, text: false });
    // Drawn in place: the box sits where the panel goes (after the stats), not where it waited.
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-cramp-check="panel"]')?.getBoundingClientRect().height)).toBeGreaterThan(150);
    const placed = await page.evaluate(() => {
      const host = document.querySelector('[data-cramp-check="panel"]') as HTMLElement;
      return { parent: host.parentElement?.tagName, display: getComputedStyle(host).display };
    });
    expect(placed).toEqual({ parent: 'DIV', display: 'block' });
    expect(await frame.locator('.cc-headline').textContent()).not.toBe('');
    // One load of the frame's page, and no frame detached by the move (insertBefore would reload it).
    expect(navigations).toHaveLength(1);
    expect(detached.filter((u) => u === '' || u.includes('/src/panel/index.html'))).toEqual([]);
    await page.close();
  });

  it('the frame loads one script, which imports nothing: no module graph to fetch before it draws', async () => {
    const page = await browser.context.newPage();
    await page.goto(ACTIVITY);
    const frame = await panelFrame(page);
    const loaded = await frame.evaluate(async () => {
      const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
      const code = await Promise.all(scripts.map(async (script) => (await fetch(script.src)).text()));
      return { scripts: scripts.length, preloads: document.querySelectorAll('link[rel="modulepreload"]').length, code };
    });
    expect(loaded.scripts).toBe(1);
    expect(loaded.preloads).toBe(0);
    // Minified static imports read `from"./x.js"`, dynamic ones `import("./x.js")`.
    expect(loaded.code[0]).not.toMatch(/\bfrom\s*["'`]|\bimport\s*\(/);
    expect(loaded.code[0]?.length).toBeGreaterThan(10_000);
    await page.close();
  });

  it("window.find finds no phrase the panel shows, and still finds the page's own", async () => {
    const page = await browser.context.newPage();
    await page.goto(ACTIVITY);
    const frame = await panelFrame(page);
    // Every line the panel shows that the page does not show itself.
    // biome-ignore lint/performance/useDomNodeTextContent: window.find searches the rendered text, line by line.
    const pageText = await page.evaluate(() => document.body.innerText);
    // biome-ignore lint/performance/useDomNodeTextContent: the panel's rendered lines are the phrases to look for.
    const lines = (await frame.locator('.cc-panel').innerText()).split('\n').map((l) => l.trim().slice(0, 40));
    const phrases = [...new Set(lines)].filter((l) => l.length >= 4 && !pageText.includes(l));
    expect(phrases.length).toBeGreaterThan(5);
    const found = await page.evaluate((list) => {
      const search = (phrase: string) => {
        getSelection()?.removeAllRanges();
        return (window as unknown as { find(s: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find(phrase, false, false, true);
      };
      return { panel: list.filter((p) => search(p)), control: search('Control text of the page') };
    }, phrases);
    expect(found.control).toBe(true);
    expect(found.panel).toEqual([]);
    await page.close();
  });

  it('selection, copy and keys in the panel do not reach the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(ACTIVITY);
    const frame = await panelFrame(page);
    const seen = () => page.evaluate(() => (window as unknown as { seen: Seen }).seen);
    // Control first, while the page has the focus: the page's listeners hear the runner in the page.
    await page.locator('#control').click({ clickCount: 3 });
    await page.keyboard.press('Control+C');
    await expect.poll(async () => (await seen()).copies, { timeout: 10_000 }).toBe(1);
    // selectionchange is queued as a task of its own, so under load it can land after the copy.
    await expect.poll(async () => (await seen()).selections.some((s) => s.includes('Control text')), { timeout: 10_000 }).toBe(true);
    const control = await seen();
    expect(control.keys).toContain('Control');
    // Then the panel: select the headline, copy it, type a cramp minute.
    await frame.locator('.cc-headline').click({ clickCount: 3 });
    await page.keyboard.press('Control+C');
    await frame.getByRole('button', { name: 'I cramped on this run' }).click();
    await frame.locator('input[name="atMin"]').pressSequentially('47');
    // The frame has the value, so every event of that typing has been dispatched.
    expect(await frame.locator('input[name="atMin"]').inputValue()).toBe('47');
    const after = await seen();
    expect(after.keys).toEqual(control.keys);
    expect(after.copies).toBe(1);
    expect(after.inputs).toBe(0);
    expect(after.selections.filter((s) => s !== '' && !s.includes('Control text'))).toEqual([]);
    expect(await page.evaluate(() => String(getSelection()))).not.toMatch(/cramp/i);
    await page.close();
  });

  it("a page @font-face for the panel's font names gets no request from the panel (the page's own text does)", async () => {
    const page = await browser.context.newPage();
    fontRequests.length = 0;
    await page.goto(ACTIVITY);
    const frame = await panelFrame(page);
    await frame.evaluate(() => document.fonts.ready);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    // The panel's first font is -apple-system (font 0), which the page's own styles never use: only
    // the control's "7" asks for its probe. (The page's own Arial text asks for others.)
    expect(fontRequests.filter((path) => path.startsWith('/font-probe/0-'))).toEqual(['/font-probe/0-7.woff2']);
    await page.close();
  });

  it("keyboard: Tab from the page reaches the panel's controls in the frame; Enter and Space toggle it", async () => {
    const page = await browser.context.newPage();
    await page.goto(ACTIVITY);
    const frame = await panelFrame(page);
    // The runner tabbing through the page: focus on the page's last control before the panel
    // (the page itself is left as it is: the panel keeps its place after the activity summary).
    const start = await page.evaluate(() => {
      const host = document.querySelector('[data-cramp-check="panel"]') as HTMLElement;
      const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
        (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && el.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      const last = controls.at(-1);
      last?.focus();
      return last !== undefined && document.activeElement === last;
    });
    expect(start).toBe(true);
    const focused = () =>
      frame.evaluate(() => {
        const active = document.getElementById('panel')?.shadowRoot?.activeElement;
        return document.hasFocus() && active ? (active.textContent ?? '').trim() || active.tagName : null;
      });
    const toggle = frame.locator('.cc-toggle');
    await page.keyboard.press('Tab');
    await expect.poll(focused, { timeout: 10_000 }).toBe((await toggle.textContent())?.trim());
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded'), { timeout: 10_000 }).toBe('false');
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded'), { timeout: 10_000 }).toBe('true');
    // On to the next control of the panel, still in the frame.
    await page.keyboard.press('Tab');
    await expect.poll(focused, { timeout: 10_000 }).not.toBe((await toggle.textContent())?.trim());
    expect(await focused()).not.toBeNull();
    await page.close();
  });

  it('draws the panel dark in the frame when the page declares itself dark (the browser is light), light otherwise; a page that declares both follows the system', async () => {
    const background = async (query: string, system: 'light' | 'dark' = 'light') => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: system });
      await page.goto(`${ACTIVITY}${query}`);
      const panel = (await panelFrame(page)).locator('.cc-panel');
      const seen = { classes: await panel.getAttribute('class'), color: await panel.evaluate((el) => getComputedStyle(el).backgroundColor) };
      await page.close();
      return seen;
    };
    const luminance = (color: string) => {
      const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number) as [number, number, number];
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const dark = await background('?dark');
    expect(dark.classes).toContain('cc-dark');
    expect(luminance(dark.color)).toBeLessThan(0.3);
    const light = await background('');
    expect(light.classes).not.toContain('cc-dark');
    expect(luminance(light.color)).toBeGreaterThan(0.7);
    // Strava's own pages declare nothing: light even when the system is dark.
    expect(luminance((await background('', 'dark')).color)).toBeGreaterThan(0.7);
    expect(luminance((await background('?both', 'dark')).color)).toBeLessThan(0.3);
    expect(luminance((await background('?both', 'light')).color)).toBeGreaterThan(0.7);
  });

  it("titles the frame for screen readers in the browser's language", async () => {
    const page = await browser.context.newPage();
    await page.goto(ACTIVITY);
    const frame = await panelFrame(page);
    // The title sits on the frame element in the closed root: the frame's own document names itself the same.
    expect(await frame.evaluate(() => document.title)).toBe('Cramp Check: sweat and cramp analysis of this activity');
    expect(await frame.evaluate(() => document.documentElement.lang)).toMatch(/^en\b/);
    expect(await (await frame.frameElement()).getAttribute('title')).toBe('Cramp Check: sweat and cramp analysis of this activity');
    await page.close();
  });
});
