/**
 * Each message type only from the context that needs it (issue 12.7): content-script messages from
 * a tab's top frame on a web page, profile/settings/history messages from the extension's own pages.
 */
import { describe, expect, it, vi } from 'vitest';
import { handleMessage, type Handlers } from '../../src/platform/messaging';
import { MESSAGE_CONTEXTS, type RequestType } from '../../src/platform/messages';
import { nativeApi } from '../../src/platform/native';

const SELF = { id: 'cramp-check-test-id', baseUrl: 'chrome-extension://cramp-check-test-id/' };
const POPUP = { id: SELF.id, url: `${SELF.baseUrl}src/popup/index.html` };
const OPTIONS_TAB = { id: SELF.id, url: `${SELF.baseUrl}src/options/index.html`, tab: { id: 4 } as never, frameId: 0 };
const CONTENT = { id: SELF.id, url: 'https://www.strava.com/activities/1', tab: { id: 7 } as never, frameId: 0 };
const CONTENT_IN_FRAME = { ...CONTENT, frameId: 3 };

const RACE = { name: 'Berlin', course: { distanceM: 42_195, points: [] }, date: '2026-09-27', time: '09:15', goalTimeS: 12_600, sport: 'run', stations: [] };

/** A valid example of every message type. */
const EXAMPLES: Record<RequestType, unknown> = {
  'read-page': { type: 'read-page', site: 'strava', url: CONTENT.url, capture: {} },
  'read-weather': { type: 'read-weather', site: 'strava', url: CONTENT.url, capture: {}, startPoint: null, since: 1 },
  'set-panel-collapsed': { type: 'set-panel-collapsed', collapsed: true },
  'log-cramp': { type: 'log-cramp', source: 'strava', id: '1', cramp: { cramped: false } },
  'log-intake': { type: 'log-intake', source: 'strava', id: '1', intake: { fluidMl: 500 } },
  'import-training-log': { type: 'import-training-log', site: 'strava', models: [] },
  'open-options': { type: 'open-options' },
  'get-tab-analysis': { type: 'get-tab-analysis', tabId: 7 },
  'get-last-analysis': { type: 'get-last-analysis' },
  'analyze-manual': { type: 'analyze-manual', activity: { source: 'manual', sport: 'run', movingS: 3600 } },
  'get-profile': { type: 'get-profile' },
  'save-profile': { type: 'save-profile', profile: { units: 'metric' } },
  'save-settings': { type: 'save-settings', settings: { sites: {}, panelCollapsed: false } },
  'delete-all-data': { type: 'delete-all-data' },
  'import-data': { type: 'import-data', text: '{}' },
  'undo-import': { type: 'undo-import' },
  'get-history-view': { type: 'get-history-view' },
  'get-races': { type: 'get-races' },
  'save-race': { type: 'save-race', race: RACE },
  'delete-race': { type: 'delete-race', name: 'Berlin' },
  'plan-race': { type: 'plan-race', race: RACE },
  'open-race-course': { type: 'open-race-course', site: 'strava', url: 'https://www.strava.com/routes/16341573', routeId: '16341573', gpx: '<gpx/>' },
  'take-race-course': { type: 'take-race-course' },
  'get-activity-weigh-ins': { type: 'get-activity-weigh-ins' },
  'remove-activity-weights': { type: 'remove-activity-weights', activityId: 'strava:1' },
};

/** Handlers that answer null and count their calls: only the context check is under test here (the reply check may refuse null). */
function counting(): { handlers: Handlers; calls: () => number } {
  const spy = vi.fn(async () => null);
  const handlers = new Proxy({}, { get: () => spy }) as unknown as Handlers;
  return { handlers, calls: () => spy.mock.calls.length };
}

const types = Object.keys(MESSAGE_CONTEXTS) as RequestType[];

describe('message contexts', () => {
  it.each(types)('%s is accepted from its own context only', async (type) => {
    const context = MESSAGE_CONTEXTS[type];
    const allowed = context === 'content' ? [CONTENT] : [POPUP, OPTIONS_TAB];
    const refused = context === 'content' ? [POPUP, OPTIONS_TAB, CONTENT_IN_FRAME, { id: SELF.id }] : [CONTENT, CONTENT_IN_FRAME, { id: SELF.id }];
    for (const sender of allowed) {
      const { handlers, calls } = counting();
      await handleMessage(EXAMPLES[type], sender, handlers, SELF);
      expect(calls(), JSON.stringify(sender)).toBe(1);
    }
    for (const sender of refused) {
      const { handlers, calls } = counting();
      const reply = await handleMessage(EXAMPLES[type], sender, handlers, SELF);
      expect(reply.ok, JSON.stringify(sender)).toBe(false);
      expect(calls()).toBe(0);
    }
  });

  it('a content script cannot read or change the profile, import or delete', () => {
    for (const type of ['get-profile', 'save-profile', 'save-settings', 'get-history-view', 'get-last-analysis'] as const) expect(MESSAGE_CONTEXTS[type]).toBe('extension');
  });
});

describe('a page element named "browser" or "chrome" (named access on window)', () => {
  it.each(['browser', 'chrome'])('id="%s" cannot stand in for the extension API', (name) => {
    const real = (globalThis as { browser?: unknown }).browser;
    const element = document.createElement('form');
    element.id = name;
    element.innerHTML = '<input name="runtime">';
    document.body.append(element);
    const g = globalThis as Record<string, unknown>;
    const before = g[name];
    try {
      g[name] = element;
      if (name === 'browser') {
        // With only the element under "browser", the API is found under "chrome"…
        g.chrome = real;
        expect(nativeApi()).toBe(real);
        delete g.chrome;
        // …and with nothing real at all, a clear error instead of a crash deep inside.
        expect(() => nativeApi()).toThrow('not running inside the extension');
      } else {
        expect(nativeApi()).toBe(real);
      }
    } finally {
      g[name] = before;
      element.remove();
    }
  });
});
