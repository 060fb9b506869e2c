import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { HOST_SELECTOR } from '../../src/content/panel-host';
import { startContentScript } from '../../src/content/start';
import { listen } from '../../src/platform/messaging';
import { saveSettings } from '../../src/platform/storage';
import { stravaPage } from '../../src/sites/strava/page';
import { fakeBrowser } from '../setup/fake-browser';
import { fixtureHtml } from '../sites/strava/load-fixture';

const PAGE_URL = 'https://www.strava.com/activities/2173828434';
let stop: AbortController;
let win: Window;

afterEach(async () => {
  stop.abort();
  await win?.happyDOM.close();
});

/** A window at the page's real address (the background checks the page is Strava's), showing the saved page. */
function openStravaPage(): Window {
  win = new Window({ url: PAGE_URL, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  const parsed = new win.DOMParser().parseFromString(fixtureHtml('classic-ride-2173828434.html').replace(/<iframe\b/gi, '<x-iframe'), 'text/html');
  win.document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => win.document.importNode(node, true)));
  fakeBrowser().pageUrl = PAGE_URL;
  return win;
}

const host = () => win.document.querySelector(HOST_SELECTOR);

describe('startContentScript', () => {
  it('shows the panel on an activity page', async () => {
    listen(createHandlers());
    openStravaPage();
    stop = new AbortController();
    await startContentScript(stravaPage, win as unknown as globalThis.Window, stop.signal);
    await vi.waitFor(() => expect(host()?.getAttribute('data-distance-m')).toBe('5190'));
  });

  it('stays away from a site the runner switched off', async () => {
    listen(createHandlers());
    await saveSettings({ sites: { strava: false }, panelCollapsed: false });
    openStravaPage();
    stop = new AbortController();
    await startContentScript(stravaPage, win as unknown as globalThis.Window, stop.signal);
    await vi.waitFor(() => expect(fakeBrowser().runtime.sendFromContentScript).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 300));
    expect(host()).toBeNull();
  });
});
