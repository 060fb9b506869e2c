import { describe, expect, it, vi } from 'vitest';
import { type Handlers, handleMessage, listen, MessageError, send } from '../../src/platform/messaging';
import { DEFAULT_SETTINGS } from '../../src/platform/settings';
import { fakeBrowser } from '../setup/fake-browser';

const OWN_ID = 'cramp-check-test-id';
const SELF = { id: OWN_ID, baseUrl: `chrome-extension://${OWN_ID}/` };
/** The popup, as the browser names it when it sends a message. */
const POPUP = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/src/popup/index.html` };
const profileState = { profile: { units: 'metric' as const }, settings: DEFAULT_SETTINGS, recovered: [] };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = async () => {
    throw new Error('not used in this test');
  };
  return {
    'read-page': fail,
    'set-panel-collapsed': fail,
    'analyze-manual': fail,
    'get-tab-analysis': async () => null,
    'get-last-analysis': async () => null,
    'get-profile': async () => profileState,
    'save-profile': fail,
    'save-settings': fail,
    'open-options': async () => null,
    'log-cramp': fail,
    'import-training-log': fail,
    'get-history-view': fail,
    ...overrides,
  } as Handlers;
}

describe('handleMessage', () => {
  it('routes a valid message from this extension to its handler', async () => {
    const getProfile = vi.fn(async () => profileState);
    const reply = await handleMessage({ type: 'get-profile' }, POPUP, handlers({ 'get-profile': getProfile }), SELF);
    expect(reply).toEqual({ ok: true, data: profileState });
    expect(getProfile).toHaveBeenCalledOnce();
  });

  it.each([
    ['a web page or other extension', { id: 'someone-else' }],
    ['a sender without id', {}],
  ])('refuses %s', async (_, sender) => {
    const getProfile = vi.fn(async () => profileState);
    const reply = await handleMessage({ type: 'get-profile' }, sender, handlers({ 'get-profile': getProfile }), SELF);
    expect(reply).toEqual({ ok: false, error: 'sender is not this extension' });
    expect(getProfile).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown type', { type: 'steal-data' }],
    ['no type', { hello: 1 }],
    ['a string', 'read-page'],
    ['null', null],
    ['a bad payload', { type: 'get-tab-analysis', tabId: 'seven' }],
    ['an activity with garbage', { type: 'analyze-manual', activity: { source: 'strava', sport: 'swim', movingS: -5 } }],
  ])('answers %s with an error instead of dropping it', async (_, message) => {
    const reply = await handleMessage(message, POPUP, handlers(), SELF);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/^malformed message/);
  });

  it('turns a handler failure into an error reply, not a crash', async () => {
    const reply = await handleMessage(
      { type: 'get-profile' },
      POPUP,
      handlers({ 'get-profile': async () => Promise.reject(new Error('disk full')) }),
      SELF,
    );
    expect(reply).toEqual({ ok: false, error: 'disk full' });
  });
});

describe('send', () => {
  it('returns the parsed reply from the background', async () => {
    listen(handlers());
    await expect(send({ type: 'get-profile' })).resolves.toEqual(profileState);
  });

  it('throws the error the background sent back', async () => {
    listen(handlers({ 'get-profile': async () => Promise.reject(new Error('boom')) }));
    await expect(send({ type: 'get-profile' })).rejects.toThrow(new MessageError('boom'));
  });

  it('the background refuses to send a reply its own schema refuses', async () => {
    const reply = await handleMessage({ type: 'get-profile' }, POPUP, handlers({ 'get-profile': async () => ({ profile: 'not a profile' }) as never }), SELF);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/^malformed reply to get-profile/);
  });

  it('refuses a reply that does not match the schema', async () => {
    fakeBrowser().runtime.onMessage.addListener(async () => ({ ok: true, data: { profile: 'not a profile' } }));
    await expect(send({ type: 'get-profile' })).rejects.toThrow(/malformed reply/);
  });

  it('reports when the background cannot be reached', async () => {
    await expect(send({ type: 'get-profile' })).rejects.toThrow(/could not reach the extension/);
  });
});
