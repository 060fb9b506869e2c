import { describe, expect, it, vi } from 'vitest';
import { syncSiteScripts } from '../../src/background/site-scripts';
import { saveSettings } from '../../src/platform/storage';
import { fakeBrowser } from '../setup/fake-browser';

vi.mock('../../src/content/garmin.ts?script', () => ({ default: 'src/content/garmin.js' }));
vi.mock('../../src/content/runalyze.ts?script', () => ({ default: 'src/content/runalyze.js' }));
vi.mock('../../src/content/intervals.ts?script', () => ({ default: 'src/content/intervals.js' }));

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
      js: ['src/content/runalyze.js'],
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
});
