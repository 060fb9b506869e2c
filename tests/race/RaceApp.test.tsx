import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from '../../src/platform/browser';
import { send } from '../../src/platform/messaging';
import { saveCourseDraft, takeCourseDraft } from '../../src/platform/course-draft';
import { RaceApp } from '../../src/race/RaceApp';
import { listenLikeBackground, settle } from '../options/harness';
import { gpxText } from './courses';
import forecastJson from '../fixtures/open-meteo/synthetic-forecast-planner-timezone-auto.json';

let root: HTMLElement;
beforeEach(async () => {
  await browser.storage.local.clear();
  root = document.createElement('main');
  document.body.append(root);
  listenLikeBackground();
  act(() => {
    render(<RaceApp forecast={null} />, root);
  });
  await settle();
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

function field(label: RegExp): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].filter((l) => label.test(l.textContent ?? ''));
  const input = found[0]?.querySelector('input');
  if (!input) throw new Error(`no field ${label}`);
  return input;
}
function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const button = (text: string) => {
  const b = [...root.querySelectorAll('button')].find((x) => x.textContent === text);
  if (!b) throw new Error(`no button ${text}`);
  return b;
};
async function click(b: HTMLElement) {
  act(() => b.click());
  await settle();
}
async function loadFile(text: string, name = 'course.gpx') {
  const input = field(/Course \(GPX file/);
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}
const alertText = () => root.querySelector('[role="alert"]')?.textContent ?? '';
const stored = async () => (await browser.storage.local.get('races')).races as { version: number; data: { name: string }[] } | undefined;

async function fillRace() {
  await loadFile(gpxText('strava-route-16341573.gpx'), 'manhattan.gpx');
  type(field(/^Date/), '2026-10-04');
  type(field(/^Start time/), '08:30');
  type(field(/^Goal time/), '1:20');
  await click(button('Add a station'));
  type(field(/^Station at/), '7.5');
}

describe('race page', () => {
  it('loads a GPX, takes stations, saves the race by name and shows a card per station', async () => {
    await fillRace();
    expect(root.querySelector('[data-testid="course-summary"]')?.textContent).toMatch(/manhattan\.gpx — 15 km/);
    expect(field(/^Race name/).value).toBe('Lower Manhattan Loop');
    await click(button('Save and plan'));
    expect(alertText()).toBe('');
    const card = root.querySelector('[data-testid="race-card"]');
    expect(card?.textContent).toMatch(/Lower Manhattan Loop — 2026-10-04, start 08:30, goal 1:20/);
    const stops = [...(card?.querySelectorAll('.race-stop') ?? [])].map((s) => s.textContent);
    expect(stops).toHaveLength(3);
    expect(stops[0]).toMatch(/^Start · 08:30/);
    expect(stops[1]).toMatch(/^Station 1 · 7\.5 km — arrive 09:(09|10) \(0:(39|40) in\)/);
    expect(stops[2]).toMatch(/^Finish · 15 km — arrive 09:50 \(1:20 in\)/);
    expect(card?.textContent).toMatch(/No forecast for these hours/);
    expect(card?.textContent).toMatch(/Check the forecast again the day before\./);
    expect((await stored())?.data.map((r) => r.name)).toEqual(['Lower Manhattan Loop']);
    expect(root.querySelector('.race-saved')?.textContent).toMatch(/Lower Manhattan Loop \(2026-10-04\)/);
  });

  it('a pace instead of a time: the goal is pace × distance', async () => {
    await fillRace();
    type(field(/^Goal time/), '6:00');
    act(() => field(/Pace, not time/).click());
    await click(button('Save and plan'));
    // About 15 km at 6:00/km: 1:30.
    expect(root.querySelector('[data-testid="race-card"] h2')?.textContent).toMatch(/goal 1:30/);
  });

  it.each([
    ['an HTML page', '<!doctype html><html><body>404</body></html>', /not a GPX course/],
    ['a GPX without points', '<gpx xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="1" lon="2"/></gpx>', /no track or route points/],
    ['a GPX with a 150 km jump', '<gpx><trk><trkseg><trkpt lat="45" lon="6"/><trkpt lat="46.4" lon="6"/></trkseg></trk></gpx>', /jumps more than 10 km/],
  ])('%s gets a clear message and keeps what was typed and the course loaded before', async (_name, text, message) => {
    await fillRace();
    type(field(/^Race name/), 'My race');
    await loadFile(text, 'bad.gpx');
    expect(alertText()).toMatch(message);
    expect(alertText()).toMatch(/Nothing was changed/);
    expect(field(/^Race name/).value).toBe('My race');
    expect(root.querySelector('[data-testid="course-summary"]')?.textContent).toMatch(/manhattan\.gpx/);
  });

  it('a station outside the course, a bad goal or no course: a message, nothing saved', async () => {
    await click(button('Save and plan'));
    expect(alertText()).toMatch(/Load a GPX course first/);
    await fillRace();
    type(field(/^Station at/), '20');
    await click(button('Save and plan'));
    expect(alertText()).toMatch(/Station 1: enter a distance inside the course \(0 to 15\)/);
    type(field(/^Station at/), '5');
    type(field(/^Goal time/), 'soon');
    await click(button('Save and plan'));
    expect(alertText()).toMatch(/Goal: enter a time/);
    expect(await stored()).toBeUndefined();
  });

  it('a saved race opens again with its fields, and can be deleted', async () => {
    await fillRace();
    await click(button('Save and plan'));
    type(field(/^Race name/), 'Second');
    await click(button('Save and plan'));
    expect((await stored())?.data.map((r) => r.name)).toEqual(['Second', 'Lower Manhattan Loop']);
    await click(button('Open'));
    expect(field(/^Race name/).value).toBe('Second');
    expect(field(/^Station at/).value).toBe('7.5');
    const deletes = [...root.querySelectorAll('button')].filter((b) => b.textContent === 'Delete');
    await click(deletes[0] as HTMLElement);
    expect((await stored())?.data.map((r) => r.name)).toEqual(['Lower Manhattan Loop']);
  });
});

describe('race page with the weather opt-in', () => {
  it('plans with the forecast for the race hours, says its date, and says when it changed since the race was saved', async () => {
    act(() => render(null, root));
    let body: unknown = forecastJson;
    const fetch = async () => new Response(JSON.stringify(body), { status: 200 });
    act(() => {
      render(<RaceApp forecast={{ fetch, now: () => new Date('2026-11-29T10:00:00Z') }} />, root);
    });
    await settle();
    await fillRace();
    type(field(/^Date/), '2026-11-30');
    await click(button('Save and plan'));
    const card = () => root.querySelector('[data-testid="race-card"]')?.textContent ?? '';
    expect(card()).toMatch(/Forecast of 2026-11-29 for 40\.7, -74\.0: /);
    expect(root.querySelector('.notice')).toBeNull();
    const warmer = structuredClone(forecastJson);
    warmer.hourly.temperature_2m = warmer.hourly.temperature_2m.map((t) => t + 4);
    body = warmer;
    await click(button('Open'));
    expect(root.querySelector('.notice')?.textContent).toMatch(/The forecast changed since this race was saved/);
    const saved = (await stored())?.data[0] as { forecast?: { hours: { temperatureC: number }[] } } | undefined;
    expect(saved?.forecast?.hours[0]?.temperatureC).toBe(warmer.hourly.temperature_2m[warmer.hourly.time.indexOf('2026-11-30T08:00')]);
  });
});

describe('race page with the weather opt-in, opened again', () => {
  it('looks up the saved upcoming races again; one whose forecast changed is saved with the new one and named, without opening it', async () => {
    act(() => render(null, root));
    let body: unknown = forecastJson;
    let lookups = 0;
    const fetch = async () => {
      lookups++;
      return new Response(JSON.stringify(body), { status: 200 });
    };
    const deps = { fetch, now: () => new Date('2026-11-29T10:00:00Z') };
    const open = async () => {
      act(() => render(null, root));
      act(() => {
        render(<RaceApp forecast={deps} />, root);
      });
      await settle();
    };
    await open();
    await fillRace();
    type(field(/^Date/), '2026-11-30');
    await click(button('Save and plan'));
    // Opened again, nothing changed: looked up, no notice.
    const before = lookups;
    await open();
    expect(lookups).toBe(before + 1);
    expect(root.querySelector('.notice')).toBeNull();
    const warmer = structuredClone(forecastJson);
    warmer.hourly.temperature_2m = warmer.hourly.temperature_2m.map((t) => t + 4);
    body = warmer;
    await open();
    expect(root.querySelector('.notice')?.textContent).toMatch(/The forecast changed for Lower Manhattan Loop/);
    const saved = (await stored())?.data[0] as { forecast?: { hours: { temperatureC: number }[] } } | undefined;
    expect(saved?.forecast?.hours[0]?.temperatureC).toBe(warmer.hourly.temperature_2m[warmer.hourly.time.indexOf('2026-11-30T08:00')]);
  });
});

describe('race page: what the runner carries', () => {
  const products = [
    { name: 'Maurten 100', kind: 'gel', volumeMl: 0, carbsG: 25, sodiumMg: 0 },
    { name: 'Honey waffle', kind: 'food', volumeMl: 0, carbsG: 21, sodiumMg: 40 },
  ] as const;

  it('offers "My products", all picked at first; the plan names only those still picked, and the pick is saved with the race', async () => {
    act(() => render(null, root));
    await send({ type: 'save-profile', profile: { units: 'metric', products: products.map((p) => ({ ...p })) } });
    act(() => {
      render(<RaceApp forecast={null} />, root);
    });
    await settle();
    await fillRace();
    const box = (name: string) => [...root.querySelectorAll('.race-products label')].find((l) => l.textContent === name)?.querySelector('input') as HTMLInputElement;
    expect(box('Maurten 100').checked).toBe(true);
    expect(box('Honey waffle').checked).toBe(true);
    await click(button('Save and plan'));
    const carried = () => root.querySelector('[data-testid="race-card"]')?.textContent ?? '';
    expect(carried()).toMatch(/× Maurten 100/);
    act(() => box('Maurten 100').click());
    await click(button('Save and plan'));
    expect(carried()).not.toMatch(/Maurten 100/);
    expect(carried()).toMatch(/× Honey waffle/);
    const saved = (await stored())?.data[0] as { carry?: string[] } | undefined;
    expect(saved?.carry).toEqual(['Honey waffle']);
  });

  it('without products of their own, the runner is told where to add them', () => {
    expect(root.querySelector('.race-products')?.textContent).toMatch(/No products of your own yet/);
  });
});

describe('race page opened from a Strava route page', () => {
  const openWith = async (gpx: string) => {
    act(() => render(null, root));
    await saveCourseDraft({ site: 'strava', routeId: '16341573', gpx });
    act(() => {
      render(<RaceApp forecast={null} />, root);
    });
    await settle();
  };

  it('reads the route handed over (here, in the extension page) as the course, named after the route, once', async () => {
    await openWith(gpxText('strava-route-16341573.gpx'));
    expect(root.querySelector('[data-testid="course-summary"]')?.textContent).toMatch(/^Course: Strava route 16341573 — 15 km/);
    expect(field(/^Race name/).value).toBe('Lower Manhattan Loop');
    expect(alertText()).toBe('');
    expect(await takeCourseDraft()).toBeNull();
  });

  it('a route file that is no GPX says why, and the form stays empty', async () => {
    await openWith('<!doctype html><html><body>Log in</body></html>');
    expect(alertText()).toMatch(/not a GPX course/);
    expect(root.querySelector('[data-testid="course-summary"]')).toBeNull();
  });
});
