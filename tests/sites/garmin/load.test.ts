import { describe, expect, it } from 'vitest';
import { garminSite } from '../../../src/sites/garmin/index';
import type { FetchFn } from '../../../src/sites/types';
import { readSite } from '../read-site';
import { activityJson, reply, weatherJson } from './fixtures';

const PAGE = new URL('https://connect.garmin.com/modern/activity/12345678901');

function pageWithToken(token: string | null): Document {
  const meta = token === null ? '' : `<meta name="csrf-token" content="${token}">`;
  return new DOMParser().parseFromString(`<html><head>${meta}</head><body><div id="root"></div></body></html>`, 'text/html');
}

interface Call {
  url: string;
  init: RequestInit | undefined;
}

const headersOf = (call: Call | undefined) => (call?.init?.headers ?? {}) as Record<string, string>;

/** A fake fetch answering by URL; records every call. */
function fakeFetch(answer: (url: string) => Response | Error): { fetchFn: FetchFn; calls: Call[] } {
  const calls: Call[] = [];
  const fetchFn: FetchFn = async (url, init) => {
    calls.push({ url, init });
    const result = answer(url);
    if (result instanceof Error) throw result;
    return result;
  };
  return { fetchFn, calls };
}

const gcApi = (path: string) => `https://connect.garmin.com/gc-api/activity-service/activity/12345678901${path}`;

describe('garmin page capture → background reading', () => {
  it("asks the page's own origin for the activity and its weather, with the page's CSRF token and cookies", async () => {
    const { fetchFn, calls } = fakeFetch((url) => reply(200, url.endsWith('/weather') ? weatherJson() : activityJson()));
    const result = await readSite(garminSite, pageWithToken('token-123'), PAGE, fetchFn);
    expect(calls.map((c) => c.url).sort()).toEqual([gcApi(''), gcApi('/weather')]);
    for (const call of calls) {
      expect(call.init?.credentials).toBe('same-origin');
      expect(call.init?.method).toBe('GET');
      expect(headersOf(call)['connect-csrf-token']).toBe('token-123');
    }
    expect(result.layout).toBe('api');
    expect(result.activity).toMatchObject({ movingS: 2216, temperatureC: 16.1, humidityPct: 55, temperatureSource: 'weather' });
  });


  it('tries the unprefixed service path when /gc-api is not there', async () => {
    const { fetchFn, calls } = fakeFetch((url) => (url.includes('/gc-api/') ? reply(404, 'no') : reply(200, url.endsWith('/weather') ? weatherJson() : activityJson())));
    const result = await readSite(garminSite, pageWithToken('t'), PAGE, fetchFn);
    expect(calls.map((c) => c.url)).toContain('https://connect.garmin.com/activity-service/activity/12345678901');
    expect(result.activity.movingS).toBe(2216);
  });

  it('sends no token header when the page has none, and says so when the load fails', async () => {
    const { fetchFn, calls } = fakeFetch(() => reply(403, 'forbidden'));
    const result = await readSite(garminSite, pageWithToken(null), PAGE, fetchFn);
    expect(calls.length).toBeGreaterThan(0);
    expect(headersOf(calls[0])['connect-csrf-token']).toBeUndefined();
    expect(result.layout).toBe('none');
    expect(result.activity).toEqual({});
    expect(result.unread).toEqual([{ field: 'movingS', reason: expect.stringMatching(/HTTP 403.*no CSRF token/) }]);
  });

  it('keeps the activity when only the weather fails, using the wrist sensor', async () => {
    const { fetchFn } = fakeFetch((url) => (url.endsWith('/weather') ? new TypeError('Failed to fetch') : reply(200, activityJson())));
    const result = await readSite(garminSite, pageWithToken('t'), PAGE, fetchFn);
    expect(result.activity).toMatchObject({ temperatureC: 19, temperatureSource: 'device' });
    expect(result.unread).toEqual([{ field: 'humidityPct', reason: expect.stringContaining('Failed to fetch') }]);
  });

  it.each([
    ['a network error', () => new TypeError('Failed to fetch')],
    ['a server error', () => reply(500, 'oops')],
    ['an answer that is not JSON', () => reply(200, '<html>login</html>')],
    ['JSON that is not an activity', () => reply(200, '[1,2,3]')],
  ])('never throws on %s: layout none with a reason', async (_name, answer) => {
    const { fetchFn } = fakeFetch(answer);
    const result = await readSite(garminSite, pageWithToken('t'), PAGE, fetchFn);
    expect(result.layout).toBe('none');
    expect(result.unread.length).toBeGreaterThan(0);
    expect(result.unread[0]?.reason).not.toBe('');
  });

  it('never throws when fetch itself throws synchronously', async () => {
    const fetchFn = (() => {
      throw new Error('blocked');
    }) as unknown as FetchFn;
    await expect(readSite(garminSite, pageWithToken('t'), PAGE, fetchFn)).resolves.toMatchObject({ layout: 'none' });
  });

  it('loads nothing for a URL that is not an activity', async () => {
    const { fetchFn, calls } = fakeFetch(() => reply(200, activityJson()));
    const result = await readSite(garminSite, pageWithToken('t'), new URL('https://connect.garmin.com/modern/activities'), fetchFn);
    expect(calls).toEqual([]);
    expect(result.layout).toBe('none');
  });
});
