import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { analyzeAgainst } from '../../src/background/history';
import { saveLastAnalysis, saveTabAnalysis } from '../../src/platform/storage';
import { loadHistory } from '../../src/platform/history-store';
import { listen } from '../../src/platform/messaging';
import { PopupApp } from '../../src/popup/PopupApp';
import { OPEN_METEO_ORIGINS } from '../../src/platform/open-meteo';
import { DEFAULT_SETTINGS } from '../../src/platform/settings';
import { saveSettings } from '../../src/platform/storage';
import { fakeBrowser } from '../setup/fake-browser';
import { collectStrava } from '../../src/sites/strava/reading';
import { loadPage } from '../sites/strava/load-fixture';

let root: HTMLElement;
afterEach(() => root?.remove());

async function openPopup() {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<PopupApp />, root));
  await vi.waitFor(() => expect(root.textContent).not.toContain('Loading'));
}

const ride = { source: 'strava', id: '9', sport: 'run' as const, movingS: 5400, distanceM: 15_000, temperatureC: 26, humidityPct: 60 };

describe('popup', () => {
  it('on an analyzed activity tab shows that activity in short', async () => {
    listen(createHandlers());
    // The content script of tab 7 (the fake's active tab) had its page analyzed (src/background/page.ts).
    await saveTabAnalysis(7, analyzeAgainst(ride, { units: 'metric' }, [], new Date()));
    await openPopup();
    expect(root.querySelector('h2')?.textContent).toBe('This activity');
    expect(root.querySelector('.summary .facts')?.textContent).toBe('1 h 30 min · 15 km');
    expect(root.querySelector('.summary .headline')?.textContent).not.toBe('');
  });

  it('says which run it is and its risk: the day it was run, beside the cramp-risk badge', async () => {
    listen(createHandlers());
    await saveLastAnalysis(analyzeAgainst({ ...ride, startTime: '2026-12-05T08:30:00' }, { units: 'metric' }, [], new Date('2026-12-06T10:00:00Z')));
    fakeBrowser().tabs.query.mockResolvedValue([{ id: 99 }]);
    await openPopup();
    expect(root.querySelector('.summary .when-day')?.textContent).toBe('Sat, Dec 5, 2026');
    expect(root.querySelector('.summary .when .cc-risk')?.textContent).toMatch(/^(Low|Moderate|High) cramp risk$/);
  });

  it("names the last run as the runner named it on Strava, as text, kept in its history", async () => {
    // The page's run is of 2019-02-25: read a few days later, so the history keeps it.
    const readAt = new Date('2019-03-01T12:00:00Z');
    const handlers = createHandlers(() => readAt);
    listen(handlers);
    const url = 'https://www.strava.com/activities/2173828434';
    const capture = collectStrava(loadPage('synthetic-classic-run-own-athlete.html'), '2173828434');
    const model = await handlers['read-page']({ type: 'read-page', site: 'strava', url, capture }, { id: 'x', tab: { id: 5 } as never, frameId: 0, url });
    expect(model.ownership).toBe('own');
    expect((await loadHistory(undefined, readAt)).value.some((a) => a.title === 'Lunch Run')).toBe(true);
    fakeBrowser().tabs.query.mockResolvedValue([{ id: 99 }]);
    await openPopup();
    expect(root.querySelector('.summary .activity-title')?.textContent).toBe('Lunch Run');
  });

  it('a name holding markup is shown as that text, never as elements', async () => {
    listen(createHandlers());
    await saveLastAnalysis(analyzeAgainst({ ...ride, title: '<img src=x onerror=alert(1)>Tempo' }, { units: 'metric' }, [], new Date()));
    fakeBrowser().tabs.query.mockResolvedValue([{ id: 99 }]);
    await openPopup();
    expect(root.querySelector('.summary .activity-title')?.textContent).toBe('<img src=x onerror=alert(1)>Tempo');
    expect(root.querySelector('.summary img')).toBeNull();
  });

  it('shows the safety notes and a thirst plan of the analysis, through the real engine (issue 11.5, 11.1)', async () => {
    listen(createHandlers());
    // A 5 h slow marathon at 30 °C: drink-to-thirst plan, hyponatremia and heat-illness signs
    const long = { source: 'strava', id: '10', sport: 'run' as const, movingS: 5 * 3600, distanceM: 42_195, temperatureC: 30, humidityPct: 60 };
    await saveTabAnalysis(7, analyzeAgainst(long, { units: 'metric' }, [], new Date()));
    await openPopup();
    const notes = [...root.querySelectorAll('.summary .cc-safety li')].map((li) => li.getAttribute('data-safety'));
    expect(notes).toEqual(['hyponatremia-signs', 'heat-illness-signs']);
    const plan = root.querySelector('.summary .cc-plan');
    expect(plan?.getAttribute('data-strategy')).toBe('thirst');
    expect(plan?.textContent).toMatch(/^Next time: drink to thirst, at most \d+ mL per hour/);
  });

  it('elsewhere shows the last analyzed activity, or how to get one', async () => {
    listen(createHandlers());
    fakeBrowser().tabs.query.mockResolvedValue([{ id: 99 }]);
    await openPopup();
    expect(root.textContent).toContain('Open one of your Strava activities');
    root.remove();
    await saveLastAnalysis(analyzeAgainst(ride, { units: 'metric' }, [], new Date()));
    await openPopup();
    expect(root.querySelector('h2')?.textContent).toBe('Last analyzed activity');
  });

  it('says so when the background cannot answer', async () => {
    await openPopup();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^Couldn't load: could not reach the extension/);
  });

  it("offers the planner's forecast only with the weather opt-in on and Open-Meteo granted", async () => {
    listen(createHandlers());
    await openPopup();
    expect(root.querySelector('input[type="date"]')).toBeNull();
    root.remove();
    await saveSettings({ ...DEFAULT_SETTINGS, weatherLookup: true });
    await openPopup();
    expect(root.querySelector('input[type="date"]')).toBeNull();
    root.remove();
    for (const origin of OPEN_METEO_ORIGINS) fakeBrowser().permissions.granted.add(origin);
    await openPopup();
    expect(root.querySelector('input[type="date"]')).not.toBeNull();
  });
});
