// What the history set aside or dropped is said on the options page and in the panel (issue 12.2, 12.3).
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { showActivity } from '../../src/content/controller';
import { HOST_SELECTOR } from '../../src/content/panel-host';
import { MAX_HISTORY, upsertActivities } from '../../src/platform/history-store';
import { listen } from '../../src/platform/messaging';
import { stravaPage } from '../../src/sites/strava/page';
import { fixtureHtml } from '../sites/strava/load-fixture';
import { fakeBrowser } from '../setup/fake-browser';
import { mountOptions, TODAY, unmount } from './harness';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) unmount(root);
  root = undefined;
  document.body.innerHTML = '';
});

const run = (i: number) => ({ source: 'strava', id: `r${i}`, sport: 'run' as const, movingS: 3000, startTime: new Date(TODAY.getTime() - (i + 1) * 3_600_000).toISOString().slice(0, 19) });

describe('history notices', () => {
  it('the options page says how many activities the count cap dropped, and when', async () => {
    await upsertActivities(Array.from({ length: MAX_HISTORY + 12 }, (_, i) => run(i)), { now: TODAY });
    root = await mountOptions();
    expect(root.querySelector('#history-capped')?.textContent).toBe(
      '12 of your oldest activities were removed (last on Jun 14, 2026) to keep your history to 5000 activities. Activities with a cramp log are always kept.',
    );
  });

  it('says nothing about the cap when it dropped nothing', async () => {
    await upsertActivities([run(1)], { now: TODAY });
    root = await mountOptions();
    expect(root.querySelector('#history-capped')).toBeNull();
  });

  it('history entries set aside are shown on the options page like a profile recovery, with the dated copy', async () => {
    await fakeBrowser().storage.local.set({ history: { version: 1, data: [run(1), { source: 'strava', id: 'x', sport: 'swim', movingS: -1 }] } });
    root = await mountOptions();
    const notice = root.querySelector('#history-recovered')?.textContent ?? '';
    expect(notice).toContain("Some saved activities couldn't be read on Jun 14, 2026.");
    expect(notice).toContain(`backup:history:${TODAY.toISOString()}`);
    // The profile's own notice is not shown: the profile is fine.
    expect(root.textContent).not.toContain('Your saved profile');
  });

  it('and in the panel of an open activity', async () => {
    await fakeBrowser().storage.local.set({ history: { version: 1, data: [{ source: 'strava', id: 'x', sport: 'swim', movingS: -1 }] } });
    listen(createHandlers(() => TODAY));
    const page = new DOMParser().parseFromString(fixtureHtml('classic-ride-2173828434.html').replace(/<iframe\b/gi, '<x-iframe'), 'text/html');
    document.body.replaceChildren(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
    const routes = new AbortController();
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    const shadow = () => document.querySelector(HOST_SELECTOR)?.shadowRoot?.textContent ?? '';
    await expect.poll(shadow).toContain("Some saved activities couldn't be read and were kept aside");
    routes.abort();
  });
});
