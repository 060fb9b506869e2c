// The store build's panel: the extension's own frame in a closed shadow root, a host that carries
// only data-cramp-check="panel", and a port as the only way in and out. (A page script's
// synthesised clicks on the test build's in-page panel: tests/e2e/privacy.test.ts.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { showActivity } from '../../src/content/controller';
import { ensurePanelHost, HOST_SELECTOR } from '../../src/content/panel-host';
import { loadHistory } from '../../src/platform/history-store';
import { listen } from '../../src/platform/messaging';
import { stravaPage } from '../../src/sites/strava/page';
import { fixtureHtml } from '../sites/strava/load-fixture';

vi.mock('../../src/content/build-flags', () => ({ TEST_BUILD: false }));

let routes: AbortController;
beforeEach(() => {
  // The saved page is the runner's own (edit link) and from February 2019: a background living then stores it.
  listen(createHandlers(() => new Date('2019-03-01T12:00:00Z')));
  routes = new AbortController();
  const parsed = new DOMParser().parseFromString(fixtureHtml('synthetic-classic-ride-own-edit-link.html').replace(/<iframe\b/gi, '<x-iframe'), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
});
afterEach(() => {
  vi.restoreAllMocks();
  routes.abort();
  document.body.innerHTML = '';
});

/** Our own reference to the closed root, taken the way only the content script could: by spying on attachShadow. */
function captureRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

/** The content script's end of the port its panel frame opens, delivered through the fake's runtime.onConnect. */
function fakePanelPort() {
  const listeners: ((message: unknown) => void)[] = [];
  const connectListeners = new Set<(port: unknown) => void>();
  const runtime = (globalThis as unknown as { browser: { runtime: Record<string, unknown> } }).browser.runtime;
  runtime.onConnect = { addListener: (l: (port: unknown) => void) => connectListeners.add(l), removeListener: (l: (port: unknown) => void) => connectListeners.delete(l) };
  const port = {
    name: '',
    sender: { id: 'cramp-check-test-id' },
    posted: [] as { type: string; view?: { analysis: unknown; canLogCramp: boolean } }[],
    postMessage: (message: never) => port.posted.push(message),
    disconnect: () => undefined,
    onMessage: { addListener: (l: (message: unknown) => void) => listeners.push(l) },
    onDisconnect: { addListener: () => undefined },
    /** The frame opens the port under `name` (what connectToContentScript does). */
    connect: (name: string) => {
      port.name = name;
      for (const l of connectListeners) l(port);
    },
    /** A message from the frame. */
    fromFrame: (message: unknown) => {
      for (const l of listeners) l(message);
    },
  };
  return port;
}

describe('store build panel', () => {
  it("draws the panel in the extension's own frame: the page's document and the closed root hold none of its text", async () => {
    const roots = captureRoots();
    const port = fakePanelPort();
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    const root = roots[0];
    const frame = root?.querySelector('iframe');
    expect(root?.mode).toBe('closed');
    expect(frame?.getAttribute('src')).toMatch(/^chrome-extension:\/\/cramp-check-test-id\/src\/panel\/index\.html#[0-9a-f-]{36}$/);
    expect(frame?.title).toBe('Cramp Check: sweat and cramp analysis of this activity');
    // A port under another name is not the frame's: it gets nothing.
    port.connect('cramp-check-panel:someone-else');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(port.posted).toEqual([]);
    // The frame, once loaded, connects under the id in its address and is sent the view.
    port.connect(`cramp-check-panel:${frame?.getAttribute('src')?.split('#')[1]}`);
    await vi.waitFor(() => expect(port.posted.at(-1)?.view?.analysis).toBeTruthy());
    expect(root?.textContent).not.toContain('cramp risk');
    expect(document.body.textContent).not.toContain('cramp risk');
    const host = document.querySelector<HTMLElement>(HOST_SELECTOR);
    expect(host?.shadowRoot).toBeNull();
    expect(host?.getAttributeNames().sort()).toEqual(['data-cramp-check', 'style']);
    expect(host?.getAttribute('style')).toBe('display: block !important;');
  });

  it.each([
    ['de', 'Cramp Check: Schweiß- und Krampfanalyse dieser Aktivität'],
    ['fr', 'Cramp Check : analyse de la sueur et des crampes de cette activité'],
  ])("titles the frame in the browser's language (%s)", async (language, title) => {
    const { fakeBrowser, messagesFor } = await import('../setup/fake-browser');
    fakeBrowser().i18n.getMessage = messagesFor(language);
    const roots = captureRoots();
    fakePanelPort();
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    expect(roots[0]?.querySelector('iframe')?.title).toBe(title);
  });

  it("takes the frame's height and the runner's actions from the port, nothing else", async () => {
    const roots = captureRoots();
    const port = fakePanelPort();
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    const frame = roots[0]?.querySelector('iframe') as HTMLIFrameElement;
    port.connect(`cramp-check-panel:${frame.getAttribute('src')?.split('#')[1]}`);
    await vi.waitFor(() => expect(port.posted.at(-1)?.view?.canLogCramp).toBe(true));
    port.fromFrame({ type: 'height', px: 321.4 });
    expect(frame.style.height).toBe('322px');
    port.fromFrame({ type: 'height', px: 'tall' });
    port.fromFrame({ type: 'something-else' });
    expect(frame.style.height).toBe('322px');
    port.fromFrame({ type: 'log-cramp', cramp: { cramped: false } });
    await vi.waitFor(async () => expect((await loadHistory(undefined, new Date('2019-03-01T12:00:00Z'))).value[0]?.cramp).toEqual({ cramped: false }));
  });

  it('removes an element the page planted with the panel selector instead of rendering into it', () => {
    const planted = document.createElement('div');
    planted.setAttribute('data-cramp-check', 'panel');
    planted.attachShadow({ mode: 'open' }).innerHTML = '<div class="cc-root"></div>';
    document.body.append(planted);
    const { host } = ensurePanelHost(document, { parent: document.body, before: null }, '');
    expect(host).not.toBe(planted);
    expect(planted.isConnected).toBe(false);
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
  });
});
