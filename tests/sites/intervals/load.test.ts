import { describe, expect, it } from 'vitest';
import type { FetchFn } from '../../../src/sites/types';
import { readSite } from '../read-site';
import { intervalsSite } from '../../../src/sites/intervals/index';
import { syntheticActivity } from './fixtures';

const PAGE = new URL('https://intervals.icu/activities/i12345678/intervals');
const doc = () => new DOMParser().parseFromString('<html><body><div id="app"></div></body></html>', 'text/html');
const reply = (status: number, body: string) => new Response(body, { status });

function fakeFetch(answer: () => Response | Error): { fetchFn: FetchFn; calls: { url: string; init: RequestInit | undefined }[] } {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchFn: FetchFn = async (url, init) => {
    calls.push({ url, init });
    const result = answer();
    if (result instanceof Error) throw result;
    return result;
  };
  return { fetchFn, calls };
}

describe('intervals page capture → background reading', () => {
  it("GETs the web app's own activity endpoint on the page's origin, with the session cookie", async () => {
    const { fetchFn, calls } = fakeFetch(() => reply(200, JSON.stringify(syntheticActivity())));
    const result = await readSite(intervalsSite, doc(), PAGE, fetchFn);
    expect(calls).toEqual([
      { url: 'https://intervals.icu/api/activity/i12345678', init: { method: 'GET', credentials: 'same-origin', headers: { accept: 'application/json' } } },
    ]);
    expect(result.activity).toMatchObject({ movingS: 3185, temperatureC: 23.3, temperatureSource: 'weather' });
  });

  it.each([
    ['a network error', () => new TypeError('Failed to fetch'), /Failed to fetch/],
    ['a login wall', () => reply(401, 'login'), /HTTP 401/],
    ['an answer that is not JSON', () => reply(200, '<html></html>'), /not JSON/],
    ['JSON that is not an activity', () => reply(200, '"x"'), /not an object/],
  ])('never throws on %s: layout none with the reason', async (_name, answer, reason) => {
    const { fetchFn } = fakeFetch(answer);
    const result = await readSite(intervalsSite, doc(), PAGE, fetchFn);
    expect(result.layout).toBe('none');
    expect(result.unread[0]?.reason).toMatch(reason);
  });

  it('loads nothing for a URL that is not an activity', async () => {
    const { fetchFn, calls } = fakeFetch(() => reply(200, '{}'));
    const result = await readSite(intervalsSite, doc(), new URL('https://intervals.icu/calendar'), fetchFn);
    expect(calls).toEqual([]);
    expect(result.layout).toBe('none');
  });
});
