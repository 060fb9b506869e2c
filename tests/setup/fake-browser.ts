// webextension-polyfill throws outside an extension, so every DOM-side test gets this in-memory
// stand-in instead: storage areas with change events, and runtime messaging routed to whatever
// listeners a test registers (as the background would).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, vi } from 'vitest';

// Unit tests check the panel contract, which only the test build exposes (src/content/build-flags.ts).
(globalThis as { __CRAMP_CHECK_TEST_BUILD__?: boolean }).__CRAMP_CHECK_TEST_BUILD__ = true;

/** Chrome's getMessage over a real messages.json: `$1`…`$9` are replaced by the substitutions. */
export function messagesFor(language: string) {
  const file = resolve(__dirname, `../../public/_locales/${language}/messages.json`);
  const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return (key: string, substitutions: string[] = []) =>
    catalogue[key]?.message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '') ?? '';
}

type Listener = (...args: unknown[]) => unknown;

function event() {
  const listeners = new Set<Listener>();
  return {
    listeners,
    addListener: (l: Listener) => listeners.add(l),
    removeListener: (l: Listener) => listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
  };
}

/** Bytes as Chrome counts them for the quota: each key plus its value's JSON. */
const sizeOf = (data: Record<string, unknown>) => Object.entries(data).reduce((sum, [k, v]) => sum + new TextEncoder().encode(k + JSON.stringify(v)).length, 0);

function storageArea(name: string, onChanged: ReturnType<typeof event>) {
  let data: Record<string, unknown> = {};
  const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  const self = {
    /** Like chrome.storage.local: a write that would go over it fails, and writes nothing. */
    QUOTA_BYTES: 10_485_760,
    get: async (key?: string | string[] | null) => {
      if (key == null) return clone(data);
      const keys = Array.isArray(key) ? key : [key];
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, clone(data[k])]));
    },
    set: async (items: Record<string, unknown>) => {
      if (sizeOf({ ...data, ...items }) > self.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: clone(v) };
        data[k] = clone(v);
      }
      for (const l of onChanged.listeners) l(changes, name);
    },
    // Like the browsers, removing and clearing tell onChanged too (oldValue only).
    remove: async (key: string | string[]) => {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const k of Array.isArray(key) ? key : [key]) {
        if (!(k in data)) continue;
        changes[k] = { oldValue: data[k] };
        delete data[k];
      }
      if (Object.keys(changes).length > 0) for (const l of onChanged.listeners) l(changes, name);
    },
    clear: async () => {
      const changes = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, { oldValue: v }]));
      data = {};
      if (Object.keys(changes).length > 0) for (const l of onChanged.listeners) l(changes, name);
    },
  };
  return self;
}

/** Host permissions: what the runner granted. `nextAnswer` is what the browser prompt will say. */
function fakePermissions() {
  const granted = new Set<string>();
  const onAdded = event();
  const onRemoved = event();
  const self = {
    granted,
    nextAnswer: true,
    onAdded,
    onRemoved,
    // Like the browsers, a grant or a withdrawal is announced (onAdded / onRemoved).
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (!self.nextAnswer) return false;
      for (const o of origins) granted.add(o);
      for (const l of onAdded.listeners) l({ origins });
      return true;
    }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const o of origins) granted.delete(o);
      for (const l of onRemoved.listeners) l({ origins });
      return true;
    }),
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
  };
  return self;
}

function fakeScripting() {
  const registered = new Map<string, { id: string; matches: string[]; js: string[] }>();
  return {
    registered,
    getRegisteredContentScripts: vi.fn(async () => [...registered.values()]),
    registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[]; js: string[] }[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) registered.delete(id);
    }),
    updateContentScripts: vi.fn(async (scripts: { id: string; matches: string[]; js: string[] }[]) => {
      for (const s of scripts) {
        if (!registered.has(s.id)) throw new Error(`No script with ID '${s.id}'`);
        registered.set(s.id, { ...registered.get(s.id), ...s });
      }
    }),
  };
}

export function createFakeBrowser() {
  const onChanged = event();
  const onMessage = event();
  /** What content scripts listen to: only tabs.sendMessage reaches it. */
  const contentOnMessage = event();
  const badge = new Map<number, { text?: string; color?: string }>();
  const deliver = async (message: unknown, sender: Record<string, unknown>) => {
    for (const l of onMessage.listeners) {
      const reply = l(message, sender);
      if (reply !== undefined) return await reply;
    }
    throw new Error('Could not establish connection. Receiving end does not exist.');
  };
  const fake = {
    /** The page a content script runs on: the sender URL of content-script messages. */
    pageUrl: 'https://www.strava.com/activities/1',
    runtime: {
      id: 'cramp-check-test-id',
      onMessage,
      getURL: (path: string) => `chrome-extension://cramp-check-test-id/${path}`,
      /** Delivers to the registered listeners as if from this extension's own page (the popup). */
      sendMessage: vi.fn(async (message: unknown) =>
        deliver(message, { id: fake.runtime.id, url: 'chrome-extension://cramp-check-test-id/src/popup/index.html' }),
      ),
      /** What a content script's `chrome.runtime.sendMessage` delivers: from tab 7's top frame at `pageUrl`. */
      sendFromContentScript: vi.fn(async (message: unknown) => deliver(message, { id: fake.runtime.id, tab: { id: 7 }, frameId: 0, url: fake.pageUrl })),
      openOptionsPage: vi.fn(async () => undefined),
      onInstalled: event(),
      onStartup: event(),
    },
    storage: {
      onChanged,
      local: storageArea('local', onChanged),
      session: storageArea('session', onChanged),
    },
    action: {
      setBadgeText: vi.fn(async ({ tabId, text }: { tabId: number; text: string }) => {
        badge.set(tabId, { ...badge.get(tabId), text });
      }),
      setBadgeBackgroundColor: vi.fn(async ({ tabId, color }: { tabId: number; color: string }) => {
        badge.set(tabId, { ...badge.get(tabId), color });
      }),
    },
    tabs: {
      query: vi.fn(async () => [{ id: 7 }]),
      /** Opens nothing; tests read which address was asked for. */
      create: vi.fn(async ({ url }: { url: string }) => ({ id: 8, url })),
      /** To the content script of tab 7 (the only tab), like the browsers: refused when none listens. */
      sendMessage: vi.fn(async (tabId: number, message: unknown) => {
        if (tabId !== 7 || contentOnMessage.listeners.size === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        for (const l of contentOnMessage.listeners) l(message, { id: fake.runtime.id });
      }),
    },
    contentOnMessage,
    permissions: fakePermissions(),
    scripting: fakeScripting(),
    i18n: { getMessage: messagesFor('en'), getUILanguage: () => 'en' },
    badge,
  };
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

const holder: { current: FakeBrowser } = { current: createFakeBrowser() };

/** The fake for the current test (fresh before each test). */
export const fakeBrowser = (): FakeBrowser => holder.current;

vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_t, prop) => (holder.current as Record<string | symbol, unknown>)[prop] }),
}));

beforeEach(() => {
  holder.current = createFakeBrowser();
  // A metric browser (en-GB), as the tests' expected texts are; tests/background/units-rule.test.ts
  // sets an en-US one where it checks the units rule.
  Object.defineProperty(globalThis.navigator, 'language', { value: 'en-GB', configurable: true });
  // The content script reaches the browser through the native global (src/platform/native.ts):
  // the same fake, except that its messages come from a content script in a tab.
  const fake = holder.current;
  (globalThis as { browser?: unknown }).browser = { ...fake, runtime: { ...fake.runtime, sendMessage: fake.runtime.sendFromContentScript, onMessage: fake.contentOnMessage } };
});
