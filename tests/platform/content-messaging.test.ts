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
    ['an analysis missing its estimates', { ok: true, data: { activity: run, analysis: { findings: [] }, analyzedAt: 'x' } }],
    ['a risk level from nowhere', { ok: true, data: { profile: { units: 'metric' }, settings: { sites: {}, panelCollapsed: false }, recovered: 'all' } }],
  ])('refuses %s', async (_, reply) => {
    fakeBrowser().runtime.onMessage.addListener(async () => reply);
    const type = typeof reply === 'object' && 'data' in reply && 'analysis' in (reply.data as object) ? 'analyze' : 'get-profile';
    const request = type === 'analyze' ? ({ type: 'analyze', activity: run } as const) : ({ type: 'get-profile' } as const);
    await expect(sendFromContent(request)).rejects.toBeInstanceOf(ContentMessageError);
  });

  it('says when the extension cannot be reached', async () => {
    await expect(sendFromContent({ type: 'get-profile' })).rejects.toThrow(/could not reach the extension/);
  });
});
