import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { showActivity } from '../../src/content/controller';
import { HOST_SELECTOR, parkPanelHost } from '../../src/content/panel-host';
import { listen, send } from '../../src/platform/messaging';
import { loadHistory } from '../../src/platform/history-store';
import { notifyTabsOfProfileOrSettingsChanges } from '../../src/platform/tab-notices';
import { stravaPage } from '../../src/sites/strava/page';
import { fixtureHtml } from '../sites/strava/load-fixture';
import { fakeBrowser } from '../setup/fake-browser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OPEN_METEO_ORIGINS } from '../../src/platform/open-meteo';
import { DEFAULT_SETTINGS } from '../../src/platform/settings';
import { saveSettings } from '../../src/platform/storage';
import { saveRace } from '../../src/platform/races';
import { upsertActivities } from '../../src/platform/history-store';

const readFixture = (path: string) => readFileSync(resolve(__dirname, '../fixtures', path), 'utf8');

let routes: AbortController;

/**
 * Strava's streams of the ride's 5.19 km, 10 m a sample: 2 s each to 2.6 km, then 1 s each (finish
 * 779 s); between the kilometre splits the station at 2.5 km of the course (2595 m of track) comes at about 495 s.
 */
function rideStreams() {
  const n = 520;
  return { latlng: [[45.2, 5.7]], time: Array.from({ length: n }, (_, i) => (i < 260 ? i * 2 : 520 + (i - 260))), distance: Array.from({ length: n }, (_, i) => i * 10), velocity_smooth: Array.from({ length: n }, (_, i) => (i < 260 ? 5 : 10)), grade_smooth: Array.from({ length: n }, () => 0) };
}

/** The saved pages are from February 2019: an own one is stored only by a background living then (retention counts from now). */
const SPRING_2019 = new Date('2019-03-01T12:00:00Z');
function asOf(now: Date) {
  fakeBrowser().runtime.onMessage.listeners.clear();
  listen(createHandlers(() => now));
}

function openPage(fixture: string, edit: (html: string) => string = (html) => html) {
  const parsed = new DOMParser().parseFromString(edit(fixtureHtml(fixture)).replace(/<iframe\b/gi, '<x-iframe'), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  document.title = parsed.title;
}

const host = () => document.querySelector<HTMLElement>(HOST_SELECTOR);
const attr = (name: string) => host()?.getAttribute(name) ?? null;
const shadowText = () => host()?.shadowRoot?.textContent ?? '';
const settle = () => vi.waitFor(() => expect(host()?.hasAttribute('data-risk') || shadowText().includes("couldn't")).toBe(true));

beforeEach(() => {
  listen(createHandlers(() => new Date('2026-11-25T12:00:00Z')));
  routes = new AbortController();
});
afterEach(() => {
  routes.abort();
  document.body.innerHTML = '';
});

describe('content controller', () => {
  it('reads a real page, mounts one panel and writes the analysis onto it', async () => {
    openPage('classic-ride-2173828434.html');
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    await settle();
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
    expect(attr('data-distance-m')).toBe('5190');
    expect(attr('data-state')).toBe('ready');
    expect(Number(attr('data-sweat-loss-ml'))).toBeGreaterThan(0);
    // Right below Strava's stats block.
    expect(host()?.previousElementSibling?.classList.contains('activity-stats')).toBe(true);
  });

  it('lets go of a parked panel frame when the page has no place for the panel once the background answered', async () => {
    openPage('classic-ride-2173828434.html');
    // A browser that moves nodes without reloading them (Chromium), where the store build parks its frame early.
    const proto = Element.prototype as unknown as { moveBefore?: (node: Node, child: Node | null) => void };
    proto.moveBefore = function (this: Element, node: Node, child: Node | null) {
      this.insertBefore(node, child);
    };
    try {
      expect(parkPanelHost(document, '')).not.toBeNull();
      const nowhere = { ...stravaPage, mountPoint: () => null };
      const shown = showActivity(nowhere, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
      // Until the background answers, the parked frame stays: the page may still make a place.
      expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
      await shown;
      expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(0);
    } finally {
      delete proto.moveBefore;
    }
  });

  it('asks only for what is missing, and remembers what the runner typed for that activity', async () => {
    openPage('synthetic-classic-ride-partial.html');
    const url = new URL('https://www.strava.com/activities/2173828434');
    await showActivity(stravaPage, document, url, routes.signal);
    await settle();
    expect(attr('data-state')).toBe('partial');
    const form = host()?.shadowRoot?.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="temperatureC"]');
    expect(input).toBeTruthy();
    if (!input || !form) return;
    input.value = '24';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(attr('data-temperature-c')).toBe('24'));
    expect(attr('data-temperature-source')).toBe('manual');
    expect(attr('data-state')).toBe('ready');

    routes.abort();
    expect(host()).toBeNull();
    routes = new AbortController();
    await showActivity(stravaPage, document, url, routes.signal);
    await vi.waitFor(() => expect(attr('data-temperature-c')).toBe('24'));
  });

  it('offers manual entry on a page with no stats at all', async () => {
    openPage('synthetic-classic-ride-no-stats.html');
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/1'), routes.signal);
    await vi.waitFor(() => expect(attr('data-state')).toBe('unreadable'));
    expect(shadowText()).toContain("couldn't read this activity's stats");
    expect(host()?.shadowRoot?.querySelectorAll('form input')).toHaveLength(4);
  });

  it('follows profile changes without a reload', async () => {
    notifyTabsOfProfileOrSettingsChanges();
    openPage('classic-ride-weather-3842740325.html');
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/3842740325'), routes.signal);
    await settle();
    const before = Number(attr('data-sodium-loss-mg'));
    await send({ type: 'save-profile', profile: { units: 'metric', bodyMassKg: 80, saltySweater: true } });
    await vi.waitFor(() => expect(Number(attr('data-sodium-loss-mg'))).toBeGreaterThan(before));
  });

  it('picks up stats that arrive after the script ran', async () => {
    openPage('synthetic-classic-ride-no-stats.html');
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    await vi.waitFor(() => expect(attr('data-state')).toBe('unreadable'));
    const full = new DOMParser().parseFromString(fixtureHtml('classic-ride-2173828434.html').replace(/<iframe\b/gi, '<x-iframe'), 'text/html');
    const stats = full.querySelector('.activity-stats');
    const summary = document.querySelector('.activity-summary-container') ?? document.body;
    if (stats) summary.append(document.importNode(stats, true));
    await vi.waitFor(() => expect(attr('data-distance-m')).toBe('5190'), { timeout: 3000 });
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
  });

  it('collapses on request and stays collapsed on the next activity', async () => {
    openPage('classic-ride-2173828434.html');
    const url = new URL('https://www.strava.com/activities/2173828434');
    await showActivity(stravaPage, document, url, routes.signal);
    await settle();
    const toggle = () => host()?.shadowRoot?.querySelector<HTMLButtonElement>('.cc-toggle');
    expect(toggle()?.getAttribute('aria-expanded')).toBe('true');
    toggle()?.click();
    await vi.waitFor(() => expect(host()?.shadowRoot?.querySelector('.cc-body')).toBeNull());
    await vi.waitFor(async () => expect((await send({ type: 'get-profile' })).settings.panelCollapsed).toBe(true));
    routes.abort();
    routes = new AbortController();
    await showActivity(stravaPage, document, url, routes.signal);
    await settle();
    expect(toggle()?.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows a clear message when the background cannot answer', async () => {
    fakeBrowser().runtime.onMessage.listeners.clear();
    openPage('classic-ride-2173828434.html');
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    await vi.waitFor(() => expect(shadowText()).toContain("Cramp Check couldn't analyze this activity"), { timeout: 5000 });
    // Nothing was decided, so nothing is claimed: no read state, no risk.
    expect(attr('data-state')).toBeNull();
    expect(attr('data-risk')).toBeNull();
  });

  it('"No cramps" sends log-cramp for the runner\'s own activity and shows the stored log', async () => {
    asOf(SPRING_2019);
    openPage('synthetic-classic-ride-own-edit-link.html');
    const url = new URL('https://www.strava.com/activities/2173828434');
    await showActivity(stravaPage, document, url, routes.signal);
    await settle();
    const noCramps = [...(host()?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'No cramps');
    expect(noCramps).toBeTruthy();
    noCramps?.click();
    await vi.waitFor(() => expect(shadowText()).toContain('You logged no cramps'));
    expect(fakeBrowser().runtime.sendFromContentScript).toHaveBeenCalledWith({ type: 'log-cramp', source: 'strava', id: '2173828434', cramp: { cramped: false } });
    expect(shadowText()).not.toContain("couldn't");
    // Stored with the activity: the next visit shows it from the analysis.
    routes.abort();
    routes = new AbortController();
    await showActivity(stravaPage, document, url, routes.signal);
    await vi.waitFor(() => expect(shadowText()).toContain('You logged no cramps'));
  });

  it('logs what was taken and weighed on the runner\'s own activity: stored, the rate weighed, shown again on the next visit', async () => {
    asOf(SPRING_2019);
    openPage('synthetic-classic-ride-own-edit-link.html');
    const url = new URL('https://www.strava.com/activities/2173828434');
    await showActivity(stravaPage, document, url, routes.signal);
    await settle();
    const root = host()?.shadowRoot;
    const field = (name: string) => root?.querySelector<HTMLInputElement>(`input[name="${name}"]`) as HTMLInputElement;
    expect(shadowText()).toContain('What did you take on this run?');
    field('fluidMl').value = '500';
    field('massBeforeKg').value = '70';
    field('massAfterKg').value = '69.8';
    root?.querySelector('form.cc-intake-form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(shadowText()).toContain('You took: 500 mL drink; weighed 70 kg before, 69.8 kg after.'));
    expect(fakeBrowser().runtime.sendFromContentScript).toHaveBeenCalledWith({
      type: 'log-intake',
      source: 'strava',
      id: '2173828434',
      intake: { fluidMl: 500, massBeforeKg: 70, massAfterKg: 69.8 },
    });
    expect((await loadHistory()).value[0]?.intake).toEqual({ fluidMl: 500, massBeforeKg: 70, massAfterKg: 69.8 });
    expect(shadowText()).toContain('weighed on this run');
    routes.abort();
    routes = new AbortController();
    await showActivity(stravaPage, document, url, routes.signal);
    await vi.waitFor(() => expect(shadowText()).toContain('You took: 500 mL drink'));
  });

  it('one page load sends ONE message and reads storage once', async () => {
    const local = fakeBrowser().storage.local;
    const get = vi.spyOn(local, 'get');
    openPage('classic-ride-2173828434.html');
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    await settle();
    const sent = fakeBrowser().runtime.sendFromContentScript.mock.calls.map(([message]) => (message as { type: string }).type);
    expect(sent).toEqual(['read-page']);
    expect(fakeBrowser().runtime.sendMessage).not.toHaveBeenCalled();
    // storage.local is read once, whole, and kept in step from then on (platform/cached-storage.ts).
    expect(get.mock.calls).toEqual([[null]]);
  });

  it('with the weather lookup on, the second message is the weather phase, and its reply, only what changed, completes the panel', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, weatherLookup: true });
    for (const o of OPEN_METEO_ORIGINS) fakeBrowser().permissions.granted.add(o);
    // Strava's latlng stream for the page half, Open-Meteo's archive for the background: nothing leaves the test.
    vi.stubGlobal('fetch', async (input: string) =>
      new Response(input.includes('open-meteo') ? readFixture('open-meteo/synthetic-archive-2019-02-25.json') : readFixture('strava/streams-latlng-197593017.json'), { status: 200 }),
    );
    const sendFromContent = fakeBrowser().runtime.sendFromContentScript;
    try {
      openPage('synthetic-classic-ride-partial.html');
      await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
      await vi.waitFor(() => expect(attr('data-temperature-source')).toBe('lookup'));
    } finally {
      vi.unstubAllGlobals();
    }
    expect(attr('data-state')).toBe('ready');
    expect(sendFromContent.mock.calls.map(([message]) => (message as { type: string }).type)).toEqual(['read-page', 'read-weather']);
    const [first, weather] = sendFromContent.mock.calls.map(([message]) => message as { seq?: number });
    const reply = (await sendFromContent.mock.results[1]?.value) as { data: { base: number | null; set: [string[], unknown][] } } | undefined;
    const patch = reply?.data ?? { base: null, set: [] };
    expect(weather).toMatchObject({ since: first?.seq });
    expect(patch.base).toBe(first?.seq);
    expect(patch.set.map(([path]) => path[0])).not.toContain('units');
  });

  it("a later view of the race's activity shows the review from the splits an earlier view stored, and asks no streams (here they would fail)", async () => {
    asOf(SPRING_2019);
    await saveRace({ name: 'Lunch Crit', course: { distanceM: 5000, points: [] }, date: '2019-02-25', time: '11:00', goalTimeS: 720, sport: 'ride', stations: [{ atM: 2500, offers: ['water'] }] }, SPRING_2019);
    const review = /0 km to 2\.5 km: planned 6 min, took 8 min.*2\.5 km to 5 km: planned 6 min, took 5 min/;
    const url = new URL('https://www.strava.com/activities/2173828434');
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(rideStreams()), { status: 200 }));
    try {
      openPage('synthetic-classic-ride-own-edit-link.html');
      await showActivity(stravaPage, document, url, routes.signal);
      await vi.waitFor(() => expect(shadowText()).toMatch(review));
      routes.abort();
      routes = new AbortController();
      const offline = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
      vi.stubGlobal('fetch', offline);
      openPage('synthetic-classic-ride-own-edit-link.html');
      await showActivity(stravaPage, document, url, routes.signal);
      await vi.waitFor(() => expect(shadowText()).toMatch(review));
      await settle();
      expect(offline).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
    expect((await loadHistory(undefined, SPRING_2019)).value[0]?.splits).toHaveLength(6);
  });

  it("the runner's own activity of a saved race: the track's splits are fetched once and read again with them, so the review compares per leg", async () => {
    asOf(SPRING_2019);
    await saveRace({ name: 'Lunch Crit', course: { distanceM: 5000, points: [] }, date: '2019-02-25', time: '11:00', goalTimeS: 720, sport: 'ride', stations: [{ atM: 2500, offers: ['water'] }] }, SPRING_2019);
    const fetch = vi.fn(async () => new Response(JSON.stringify(rideStreams()), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const sendFromContent = fakeBrowser().runtime.sendFromContentScript;
    try {
      openPage('synthetic-classic-ride-own-edit-link.html');
      await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
      await vi.waitFor(() => expect(shadowText()).toMatch(/0 km to 2\.5 km: planned 6 min, took 8 min.*2\.5 km to 5 km: planned 6 min, took 5 min/));
    } finally {
      vi.unstubAllGlobals();
    }
    expect(fetch).toHaveBeenCalledTimes(1);
    const sent = sendFromContent.mock.calls.map(([message]) => message as { type: string; splits?: { atM: number }[]; movement?: { speedMs: number }[] });
    expect(sent.map((m) => m.type)).toEqual(['read-page', 'read-page']);
    expect(sent[0]?.splits).toBeUndefined();
    expect(sent[1]?.splits?.map((s) => s.atM)).toEqual([1000, 2000, 3000, 4000, 5000, 5190]);
    expect(sent[1]?.movement?.map((b) => b.speedMs)).toEqual([5, 10]);
    expect(shadowText()).not.toContain('The page shows no splits');
    expect((await loadHistory(undefined, SPRING_2019)).value[0]?.splits).toHaveLength(6);
  });

  it('no saved race for the activity: no track is fetched', async () => {
    asOf(SPRING_2019);
    const fetch = vi.fn(async () => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    try {
      openPage('synthetic-classic-ride-own-edit-link.html');
      await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
      await settle();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it("someone else's activity is analyzed but never stored, and offers no cramp log (issue 12.1)", async () => {
    openPage('classic-ride-2173828434.html');
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    await settle();
    expect(Number(attr('data-sweat-loss-ml'))).toBeGreaterThan(0);
    expect((await loadHistory()).value).toEqual([]);
    expect(shadowText()).toContain("isn't your activity");
    expect([...(host()?.shadowRoot?.querySelectorAll('button') ?? [])].some((b) => b.textContent === 'No cramps')).toBe(false);
    // Nor a form for what was taken.
    expect(host()?.shadowRoot?.querySelector('form.cc-intake-form')).toBeNull();
    expect(shadowText()).not.toContain('What did you take');
  });

  it('the runner\'s own activity is stored', async () => {
    asOf(SPRING_2019);
    openPage('synthetic-classic-ride-own-athlete.html');
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    await settle();
    expect((await loadHistory()).value.map((a) => [a.source, a.id])).toEqual([['strava', '2173828434']]);
  });

  it('removes the panel on a page that shows no single activity', async () => {
    openPage('classic-ride-2173828434.html');
    await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
    await settle();
    await showActivity(stravaPage, document, new URL('https://www.strava.com/dashboard'), new AbortController().signal);
    expect(host()).toBeNull();
  });
});

describe('the effort estimate asks for the streams on the runner’s own page only', () => {
  /** The page as its athlete (505408) sees it. */
  const asOwner = (html: string) => html.replace('var currentAthleteId = 15925262;', 'var currentAthleteId = 505408;');
  const streams = readFixture('strava/streams-run-708752345.json');
  const sentReads = () => fakeBrowser().runtime.sendFromContentScript.mock.calls.map(([message]) => message as { type: string; movement?: unknown[]; heartRate?: number });

  async function view(fixture: string, edit?: (html: string) => string) {
    const fetch = vi.fn(async () => new Response(streams, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    try {
      openPage(fixture, edit);
      await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
      await settle();
      await vi.waitFor(() => expect(sentReads().length).toBeGreaterThanOrEqual(fetch.mock.calls.length > 0 ? 2 : 1));
      await vi.waitFor(() => expect(shadowText()).toMatch(/Effort from/));
    } finally {
      vi.unstubAllGlobals();
    }
    return fetch;
  }

  it('an own trail run: the streams once, the page read again with the movement; the page’s own heart rate stays', async () => {
    asOf(SPRING_2019);
    const fetch = await view('synthetic-classic-trail-run-imperial.html', asOwner);
    await vi.waitFor(() => expect(shadowText()).toContain('Effort from the pace mix from the speed stream'));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sentReads().map((m) => m.type)).toEqual(['read-page', 'read-page']);
    expect(sentReads()[1]?.movement?.length).toBeGreaterThan(10);
    expect(sentReads()[1]?.heartRate).toBe(157);
    const stored = (await loadHistory(undefined, SPRING_2019)).value[0];
    expect(stored?.avgHeartRate).toBe(88);
    expect(stored?.heartRateSource).toBeUndefined();
  });

  it('an own run whose page shows no heart rate, with the runner’s own line: the stream’s heart rate costs it, and the why says so', async () => {
    asOf(SPRING_2019);
    const flat = [2.5, 2.8, 3.1, 3.4].map((speed, i) => ({ source: 'strava', id: `f${i}`, sport: 'run' as const, movingS: 3600, distanceM: speed * 3600, elevationGainM: 10, avgHeartRate: 135 + 10 * i, startTime: `2019-02-0${i + 1}T08:00` }));
    await upsertActivities(flat, { now: SPRING_2019 });
    const fetch = await view('synthetic-classic-run-es.html', asOwner);
    await vi.waitFor(() => expect(shadowText()).toContain("Effort from heart rate (157 bpm, the heart-rate stream's moving average), through your own pace-to-heart-rate line"));
    expect(fetch).toHaveBeenCalledTimes(1);
    const stored = (await loadHistory(undefined, SPRING_2019)).value.find((a) => a.id === '2173828434');
    expect(stored).toMatchObject({ avgHeartRate: 157, heartRateSource: 'stream' });
  });

  it('with the weather lookup due as well, the one streams request serves both: the effort read first, then the weather phase', async () => {
    asOf(SPRING_2019);
    await saveSettings({ ...DEFAULT_SETTINGS, weatherLookup: true });
    for (const o of OPEN_METEO_ORIGINS) fakeBrowser().permissions.granted.add(o);
    const flat = [2.5, 2.8, 3.1, 3.4].map((speed, i) => ({ source: 'strava', id: `f${i}`, sport: 'run' as const, movingS: 3600, distanceM: speed * 3600, elevationGainM: 10, avgHeartRate: 135 + 10 * i, startTime: `2019-02-0${i + 1}T08:00` }));
    await upsertActivities(flat, { now: SPRING_2019 });
    // Strava's streams for the page half, Open-Meteo's archive for the background: nothing leaves the test.
    const fetch = vi.fn(async (input: string) => new Response(input.includes('open-meteo') ? readFixture('open-meteo/synthetic-archive-2019-02-25.json') : streams, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    try {
      openPage('synthetic-classic-run-es.html', asOwner);
      await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
      await vi.waitFor(() => expect(attr('data-temperature-source')).toBe('lookup'));
    } finally {
      vi.unstubAllGlobals();
    }
    const asked = fetch.mock.calls.map(([input]) => new URL(input).hostname);
    expect(asked.filter((host) => host === 'www.strava.com')).toHaveLength(1);
    expect(asked.filter((host) => host.endsWith('open-meteo.com'))).toHaveLength(1);
    expect(sentReads().map((m) => m.type)).toEqual(['read-page', 'read-page', 'read-weather']);
    expect(shadowText()).toContain("Effort from heart rate (157 bpm, the heart-rate stream's moving average)");
  });

  it('a newer read while the streams are on their way (the profile changed) still gets the movement: the track is sent once it arrives', async () => {
    asOf(SPRING_2019);
    notifyTabsOfProfileOrSettingsChanges();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fetch = vi.fn(async () => {
      await held;
      return new Response(streams, { status: 200 });
    });
    vi.stubGlobal('fetch', fetch);
    try {
      openPage('synthetic-classic-trail-run-imperial.html', asOwner);
      await showActivity(stravaPage, document, new URL('https://www.strava.com/activities/2173828434'), routes.signal);
      await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
      // The profile changes while the streams are held: the panel reads the page again without them.
      await send({ type: 'save-profile', profile: { units: 'metric', bodyMassKg: 80 } });
      await vi.waitFor(() => expect(sentReads().length).toBeGreaterThanOrEqual(2));
      release();
      await vi.waitFor(() => expect(shadowText()).toContain('Effort from the pace mix from the speed stream'));
    } finally {
      vi.unstubAllGlobals();
    }
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sentReads().at(-1)?.movement?.length).toBeGreaterThan(10);
  });

  it('the same flat run without a line: pace costs it well, nothing is fetched', async () => {
    asOf(SPRING_2019);
    const fetch = await view('synthetic-classic-run-es.html', asOwner);
    expect(fetch).not.toHaveBeenCalled();
    expect(sentReads().map((m) => m.type)).toEqual(['read-page']);
  });

  it('someone else’s trail run: never a request for their streams', async () => {
    asOf(SPRING_2019);
    const fetch = await view('synthetic-classic-trail-run-imperial.html');
    expect(shadowText()).toContain("isn't your activity");
    expect(fetch).not.toHaveBeenCalled();
    expect(sentReads().map((m) => m.type)).toEqual(['read-page']);
  });
});
