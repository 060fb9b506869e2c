import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { HOST_SELECTOR } from '../../src/content/panel-host';
import { startContentScript } from '../../src/content/start';
import { listen } from '../../src/platform/messaging';
import { saveSettings } from '../../src/platform/storage';
import { stravaAdapter } from '../../src/sites/strava/index';
import { fixtureHtml } from '../sites/strava/load-fixture';

let stop: AbortController;
afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
});

function openStravaPage() {
  const parsed = new DOMParser().parseFromString(fixtureHtml('classic-ride-2173828434.html').replace(/<iframe\b/gi, '<x-iframe'), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  history.replaceState(null, '', '/activities/2173828434');
}

// The test page is served from happy-dom's own origin: read its path as if it were on strava.com.
const onTestOrigin = { ...stravaAdapter, activityId: (url: URL) => stravaAdapter.activityId(new URL(url.pathname, 'https://www.strava.com')) };

describe('startContentScript', () => {
  it('shows the panel on an activity page', async () => {
    listen(createHandlers());
    openStravaPage();
    stop = new AbortController();
    await startContentScript(onTestOrigin, window, stop.signal);
    await vi.waitFor(() => expect(document.querySelector(HOST_SELECTOR)?.getAttribute('data-distance-m')).toBe('5190'));
  });

  it('stays away from a site the runner switched off', async () => {
    listen(createHandlers());
    await saveSettings({ sites: { strava: false }, panelCollapsed: false });
    openStravaPage();
    stop = new AbortController();
    await startContentScript(onTestOrigin, window, stop.signal);
    await new Promise((r) => setTimeout(r, 300));
    expect(document.querySelector(HOST_SELECTOR)).toBeNull();
  });
});
