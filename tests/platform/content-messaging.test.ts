import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { ContentMessageError, sendFromContent } from '../../src/platform/content-messaging';
import { listen } from '../../src/platform/messaging';
import { fakeBrowser } from '../setup/fake-browser';

const PAGE = 'https://www.strava.com/activities/1';

describe('sendFromContent', () => {
  it('gets the panel model back from the real background handlers', async () => {
    listen(createHandlers());
    const model = await sendFromContent({ type: 'read-page', site: 'strava', url: PAGE, capture: { layout: 'none' } });
    expect(model).toMatchObject({ enabled: true, activityId: '1', state: 'unreadable', analysis: null, ownership: 'unknown' });
  });

  it('passes the background error on', async () => {
    listen(createHandlers());
    // Invalid on purpose: the background parses it and refuses.
    await expect(sendFromContent({ type: 'set-panel-collapsed', collapsed: 'yes' as unknown as boolean })).rejects.toThrow(/malformed message/);
  });

  it.each([
    ['a reply without envelope', 'hello'],
    ['an error without reason', { ok: false }],
    ['a success without data', { ok: true }],
  ])('refuses %s', async (_, reply) => {
    fakeBrowser().runtime.onMessage.addListener(async () => reply);
    await expect(sendFromContent({ type: 'read-page', site: 'strava', url: PAGE, capture: {} })).rejects.toBeInstanceOf(ContentMessageError);
  });

  // Issue 13.4: the reply's schema is checked once, by the background, before the reply leaves.
  it.each([
    ['a panel model missing its state', 'read-page', { enabled: true, activityId: '1', draft: {}, missing: [], analysis: null }],
    ['a panel model with a read state from nowhere', 'read-page', { enabled: true, activityId: '1', state: 'great', draft: {}, missing: [], analysis: null, cramp: null }],
    ['a risk level from nowhere', 'log-cramp', { activity: { source: 'strava', sport: 'run', movingS: 60 }, analysis: { crampRisk: { level: 'extreme' } }, analyzedAt: 'x' }],
  ] as const)('a background that built %s sends an error instead, which the content script raises', async (_, type, data) => {
    const handlers = createHandlers();
    listen({ ...handlers, [type]: async () => data });
    const request = type === 'read-page' ? ({ type, site: 'strava', url: PAGE, capture: {} } as const) : ({ type, source: 'strava', id: '1', cramp: { cramped: true } } as const);
    await expect(sendFromContent(request)).rejects.toThrow(new RegExp(`^malformed reply to ${type}`));
  });

  it('the content side holds no hand-written copy of a reply schema (no reply guards)', () => {
    const SRC = resolve(__dirname, '../../src/platform');
    expect(existsSync(join(SRC, 'reply-guards.ts'))).toBe(false);
    const text = readFileSync(join(SRC, 'content-messaging.ts'), 'utf8');
    expect(text).not.toMatch(/oneOf\(|shape\(|isNumber|'low', 'moderate', 'high'/);
  });

  it('says when the extension cannot be reached', async () => {
    await expect(sendFromContent({ type: 'open-options' })).rejects.toThrow(/could not reach the extension/);
  });
});
