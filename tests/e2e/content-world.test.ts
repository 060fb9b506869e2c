// What code running in the content script's own world can do, in Chromium: the world where a
// compromised or confused content script runs. storage.local is for the extension's own pages and
// worker only, and the background accepts a cramp log only for the activity the tab shows.
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { servedOn } from './strava-site';

type Browser = Awaited<ReturnType<typeof launchWithExtension>>;
type Page = Awaited<ReturnType<Browser['context']['newPage']>>;

const ACTIVITY = 'https://www.strava.com/activities/2173828434';
// The runner's own ride, dated three days ago so the history keeps it.
const serve = (url: URL) =>
  url.hostname === 'www.strava.com' && url.pathname.startsWith('/activities/2173828434')
    ? { body: servedOn('synthetic-classic-ride-own-edit-link.html', new Date(Date.now() - 3 * 86_400_000)) }
    : null;

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension({ serve });
});
afterAll(async () => {
  await browser?.close();
});

/** Evaluates `expression` in the extension's content-script world of `page` (DevTools protocol: isolated worlds). */
async function inContentWorld(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((c) => c.auxData?.type === 'isolated' && c.name === 'Cramp Check');
  if (!world) throw new Error(`no content-script world among ${worlds.map((c) => c.name).join(', ')}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/** Tries `call` on the extension API; says what came back or why it was refused. */
const attempt = (call: string) => `(async () => { try { return { ok: true, value: await (${call}) }; } catch (e) { return { ok: false, error: String(e && e.message || e) }; } })()`;

describe('the content-script world', () => {
  it('cannot read or write storage.local: the background keeps it to trusted contexts', async () => {
    const page = await browser.context.newPage();
    await page.goto(ACTIVITY);
    await waitForPanel(page);
    // The world is really the extension's: it can message the background.
    expect(await inContentWorld(page, 'typeof chrome.runtime.sendMessage')).toBe('function');
    const read = await inContentWorld(page, attempt('chrome.storage.local.get(null)'));
    expect(read).toEqual({ ok: false, error: 'Access to storage is not allowed from this context.' });
    const write = await inContentWorld(page, attempt("chrome.storage.local.set({ profile: { version: 2, data: { units: 'metric', bodyMassKg: 200 } } })"));
    expect(write).toEqual({ ok: false, error: 'Access to storage is not allowed from this context.' });
    await page.close();
  });

  it('a log-cramp for another activity than the tab shows is refused; for its own, accepted', async () => {
    const page = await browser.context.newPage();
    await page.goto(ACTIVITY);
    await waitForPanel(page);
    const send = (id: string) => inContentWorld(page, `chrome.runtime.sendMessage({ type: 'log-cramp', source: 'strava', id: '${id}', cramp: { cramped: true } })`);
    expect(await send('2173828435')).toEqual({ ok: false, error: 'a cramp log is accepted only for the activity this tab shows' });
    expect(await send('2173828434')).toMatchObject({ ok: true, data: { activity: { id: '2173828434', cramp: { cramped: true } } } });
    await page.close();
  });
});
