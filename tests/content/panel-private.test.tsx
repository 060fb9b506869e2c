// The store build's panel (issue 12.6): a closed shadow root, a host that carries only
// data-cramp-check="panel", and controls that ignore events a page script synthesises.
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

describe('store build panel', () => {
  it('renders the analysis in a closed shadow root; the host carries nothing else the page could read', async () => {
    const roots = captureRoots();
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    const root = roots[0];
    await vi.waitFor(() => expect(root?.textContent).toContain('cramp risk'));
    expect(root?.mode).toBe('closed');
    const host = document.querySelector<HTMLElement>(HOST_SELECTOR);
    expect(host?.shadowRoot).toBeNull();
    expect(host?.getAttributeNames().sort()).toEqual(['data-cramp-check', 'style']);
    expect(host?.getAttribute('style')).toBe('display: block !important;');
    expect(document.body.textContent).not.toContain('cramp risk');
  });

  it('removes an element the page planted with the panel selector instead of rendering into it', () => {
    const planted = document.createElement('div');
    planted.setAttribute('data-cramp-check', 'panel');
    planted.attachShadow({ mode: 'open' }).innerHTML = '<div class="cc-root"></div>';
    document.body.append(planted);
    const { host } = ensurePanelHost(document, { parent: document.body, before: null });
    expect(host).not.toBe(planted);
    expect(planted.isConnected).toBe(false);
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
  });

  it('ignores a click a page script synthesised on "I cramped"; a real click still works', async () => {
    const roots = captureRoots();
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    const root = roots[0] as ShadowRoot;
    await vi.waitFor(() => expect(root.textContent).toContain('cramp risk'));
    const noCramps = [...root.querySelectorAll('button')].find((b) => b.textContent === 'No cramps') as HTMLButtonElement;
    const synthesised = new MouseEvent('click', { bubbles: true, composed: true });
    Object.defineProperty(synthesised, 'isTrusted', { value: false });
    noCramps.dispatchEvent(synthesised);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.textContent).not.toContain('You logged no cramps');
    // happy-dom leaves isTrusted unset on the events it makes, as a stand-in for a real click.
    noCramps.click();
    await vi.waitFor(() => expect(root.textContent).toContain('You logged no cramps'));
    await vi.waitFor(async () => expect((await loadHistory(undefined, new Date('2019-03-01T12:00:00Z'))).value[0]?.cramp).toEqual({ cramped: false }));
  });
});
