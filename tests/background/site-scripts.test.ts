import { describe, expect, it } from 'vitest';
import { syncSiteScripts } from '../../src/background/site-scripts';
import { saveSettings } from '../../src/platform/storage';
import { fakeBrowser } from '../setup/fake-browser';

// The built scripts' paths come from one glob over src/content/entries (vitest.config.ts gives `?script` imports their path).

const registered = () => [...fakeBrowser().scripting.registered.keys()].sort();

describe('optional sites', () => {
  it('registers nothing beyond Strava until a site is switched on and granted', async () => {
    await syncSiteScripts();
    expect(registered()).toEqual([]);
  });

  it('needs both the setting and the browser grant', async () => {
    await saveSettings({ sites: { strava: true, garmin: true, runalyze: true }, panelCollapsed: false });
    fakeBrowser().permissions.granted.add('https://runalyze.com/*').add('https://www.runalyze.com/*');
    await syncSiteScripts();
    expect(registered()).toEqual(['runalyze']);
    expect(fakeBrowser().scripting.registered.get('runalyze')).toMatchObject({
      matches: ['https://runalyze.com/*', 'https://www.runalyze.com/*'],
      js: ['src/content/entries/runalyze.js'],
    });
  });

  it('drops a script when the site is switched off or its access withdrawn, and is idempotent', async () => {
    fakeBrowser().permissions.granted.add('https://intervals.icu/*');
    await saveSettings({ sites: { strava: true, intervals: true }, panelCollapsed: false });
    await syncSiteScripts();
    await syncSiteScripts();
    expect(registered()).toEqual(['intervals']);
    fakeBrowser().permissions.granted.clear();
    await syncSiteScripts();
    expect(registered()).toEqual([]);
  });

  it('two syncs at once (install and a permission event) register once, without a duplicate-id failure', async () => {
    fakeBrowser().permissions.granted.add('https://intervals.icu/*');
    await saveSettings({ sites: { strava: true, intervals: true }, panelCollapsed: false });
    await Promise.all([syncSiteScripts(), syncSiteScripts(), syncSiteScripts()]);
    expect(registered()).toEqual(['intervals']);
    expect(fakeBrowser().scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('updates a registration whose matches or file changed (a new version of the extension)', async () => {
    fakeBrowser().permissions.granted.add('https://intervals.icu/*');
    await saveSettings({ sites: { strava: true, intervals: true }, panelCollapsed: false });
    fakeBrowser().scripting.registered.set('intervals', { id: 'intervals', matches: ['https://old.intervals.icu/*'], js: ['src/content/old.js'] });
    await syncSiteScripts();
    expect(fakeBrowser().scripting.registered.get('intervals')).toMatchObject({ matches: ['https://intervals.icu/*'], js: ['src/content/entries/intervals.js'] });
  });
});
