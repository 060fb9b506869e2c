import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { ContentMessageError, sendFromContent } from '../../src/platform/content-messaging';
import { listen } from '../../src/platform/messaging';
import { fakeBrowser } from '../setup/fake-browser';

const run = { source: 'strava', id: '1', sport: 'run' as const, movingS: 3600, distanceM: 10_000, temperatureC: 20 };

describe('sendFromContent', () => {
  it('gets an analysis back from the real background handlers', async () => {
    listen(createHandlers());
    const reply = await sendFromContent({ type: 'analyze', activity: run });
    expect(reply.activity).toEqual(run);
    expect(['low', 'moderate', 'high']).toContain(reply.analysis.crampRisk.level);
  });

  it('passes the background error on', async () => {
    listen(createHandlers());
    // Invalid on purpose: the background parses it and refuses.
    await expect(sendFromContent({ type: 'analyze', activity: { ...run, movingS: -1 } })).rejects.toThrow(/malformed message/);
  });

  it.each([
    ['a reply without envelope', 'hello'],
    ['an error without reason', { ok: false }],
    ['a success without data', { ok: true }],
  ])('refuses %s', async (_, reply) => {
    fakeBrowser().runtime.onMessage.addListener(async () => reply);
    await expect(sendFromContent({ type: 'get-profile' })).rejects.toBeInstanceOf(ContentMessageError);
  });

  // Issue 13.4: the reply's schema is checked once, by the background, before the reply leaves.
  it.each([
    ['an analysis missing its estimates', 'analyze', { activity: run, analysis: { findings: [] }, analyzedAt: 'x' }],
    ['a profile state whose recovery list is a word', 'get-profile', { profile: { units: 'metric' }, settings: { sites: {}, panelCollapsed: false }, recovered: 'all' }],
    ['a risk level from nowhere', 'log-cramp', { activity: run, analysis: { crampRisk: { level: 'extreme' } }, analyzedAt: 'x' }],
  ] as const)('a background that built %s sends an error instead, which the content script raises', async (_, type, data) => {
    const handlers = createHandlers();
    listen({ ...handlers, [type]: async () => data });
    const request = type === 'get-profile' ? ({ type } as const) : type === 'analyze' ? ({ type, activity: run } as const) : ({ type, source: 'strava', id: '1', cramp: { cramped: true } } as const);
    await expect(sendFromContent(request)).rejects.toThrow(new RegExp(`^malformed reply to ${type}`));
  });

  it('the content side holds no hand-written copy of a reply schema (no reply guards)', () => {
    const SRC = resolve(__dirname, '../../src/platform');
    expect(existsSync(join(SRC, 'reply-guards.ts'))).toBe(false);
    const text = readFileSync(join(SRC, 'content-messaging.ts'), 'utf8');
    expect(text).not.toMatch(/oneOf\(|shape\(|isNumber|'low', 'moderate', 'high'/);
  });

  it('says when the extension cannot be reached', async () => {
    await expect(sendFromContent({ type: 'get-profile' })).rejects.toThrow(/could not reach the extension/);
  });
});
