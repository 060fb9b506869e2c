import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { listen } from '../../src/platform/messaging';
import type { FetchFn } from '../../src/platform/open-meteo';
import { Planner, paceMinutes } from '../../src/popup/Planner';
import type { ForecastDeps } from '../../src/popup/planner-forecast';
import forecastJson from '../fixtures/open-meteo/synthetic-forecast-planner-timezone-auto.json';
import geocodingJson from '../fixtures/open-meteo/synthetic-geocoding-annecy.json';

let root: HTMLElement;
afterEach(() => root?.remove());

function field(label: RegExp): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].find((l) => label.test(l.textContent ?? ''));
  const input = found?.querySelector('input');
  if (!input) throw new Error(`no field ${label}`);
  return input;
}

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('planner', () => {
  it.each([
    ['5:30', 5.5],
    ['5.5', 5.5],
    ['5,25', 5.25],
    ['12', 12],
    ['abc', null],
    ['5:75', null],
    ['0', null],
  ])('reads the pace %s as %s min', (text, minutes) => {
    expect(paceMinutes(text)).toBe(minutes);
  });

  it('plans from distance and pace when no duration is given', async () => {
    listen(createHandlers());
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Planner units="metric" locale="en" />, root));
    type(field(/^Duration/), '');
    type(field(/^Distance/), '21.1');
    type(field(/^Pace/), '5:00');
    type(field(/^Temperature/), '24');
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await vi.waitFor(() => expect(root.querySelector('[data-testid="plan-card"]')?.textContent).toContain('Cramp Check plan: 106 min, 24 °C'));
    // A run still to come: the plan card leads, and nothing is worded in the past tense.
    const planned = root.querySelector('.planned');
    expect(planned?.firstElementChild?.getAttribute('data-testid')).toBe('plan-card');
    expect(planned?.textContent).not.toMatch(/may have contributed|you drank|you went/i);
    expect(planned?.querySelector('h3')?.textContent).toBe('For this run');
  });

  it('labels the pace plainly, with what it is for as a separate hint', () => {
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Planner units="imperial" locale="en" />, root));
    const pace = field(/^Pace/);
    expect(pace.closest('label')?.textContent).toBe('Pace per mi');
    expect(document.getElementById(pace.getAttribute('aria-describedby') ?? '')?.textContent).toBe('With a distance, instead of a duration: 5:30 or 5.5.');
  });

  it('asks for a duration or a distance and a pace', async () => {
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Planner units="metric" locale="en" />, root));
    type(field(/^Duration/), '');
    type(field(/^Pace/), '5:00');
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Duration: enter minutes (1 to 1440), or a distance and a pace.');
  });

  it.each([
    ['imperial', /^Temperature/, '140', 'Temperature (°F) should be between -40 and 131.'],
    ['metric', /^Temperature/, '60', 'Temperature (°C) should be between -40 and 55.'],
    ['imperial', /^Distance/, '700', 'Distance (mi) should be between 0.01 and 621.37.'],
  ] as const)('refuses a value outside its range in %s units and quotes the range', async (units, label, value, message) => {
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Planner units={units} locale="en" />, root));
    type(field(label), value);
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(message);
  });
});

describe('planner with the forecast (weather opt-in on)', () => {
  const NOW = () => new Date(Date.UTC(2026, 10, 30, 4));
  const hour = (label: string) => {
    const i = forecastJson.hourly.time.indexOf(label);
    return { t: forecastJson.hourly.temperature_2m[i], rh: forecastJson.hourly.relative_humidity_2m[i] };
  };
  const respond = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

  async function planWith(deps: Partial<ForecastDeps>, fill: Record<string, string>) {
    listen(createHandlers());
    root = document.createElement('div');
    document.body.append(root);
    const forecast: ForecastDeps = { fetch: vi.fn<FetchFn>(), now: NOW, language: 'en', lastPoint: null, ...deps };
    act(() => render(<Planner units="metric" locale="en" forecast={forecast} />, root));
    for (const [label, value] of Object.entries(fill)) type(field(new RegExp(`^${label}`)), value);
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    return forecast.fetch as ReturnType<typeof vi.fn<FetchFn>>;
  }

  it('finds a typed town, fills temperature and humidity for the planned hours, and says where they came from', async () => {
    const fetch = vi.fn<FetchFn>(async (url) => respond(String(url).includes('geocoding') ? geocodingJson : forecastJson));
    await planWith({ fetch }, { Duration: '60', Date: '2026-12-01', 'Start time': '18:00', Place: 'Annecy' });
    const { t, rh } = hour('2026-12-01T18:00');
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="plan-card"]')?.textContent).toContain(
        `Weather assumed: ${Math.round(t ?? Number.NaN)} °C, ${rh} % humidity — Open-Meteo forecast for Annecy, Auvergne-Rhône-Alpes, France, 2026-12-01 18:00`,
      ),
    );
    const forecastUrl = new URL(String(fetch.mock.calls[1]?.[0]));
    expect(Object.fromEntries(forecastUrl.searchParams)).toMatchObject({ latitude: '45.9', longitude: '6.1', timezone: 'auto', past_days: '0', forecast_days: '3' });
  });

  it("uses the last analyzed run's rounded start when no town is typed", async () => {
    const fetch = vi.fn<FetchFn>(async () => respond(forecastJson));
    await planWith({ fetch, lastPoint: { lat: 45.9, lng: 6.1 } }, { Duration: '60', Date: '2026-12-01', 'Start time': '18:00' });
    await vi.waitFor(() => expect(root.querySelector('[data-testid="plan-card"]')?.textContent).toContain("Open-Meteo forecast for your last run's start area (45.9°, 6.1°)"));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('typed weather wins: no request, and the card says it was typed', async () => {
    const fetch = vi.fn<FetchFn>(async () => respond(forecastJson));
    await planWith({ fetch, lastPoint: { lat: 45.9, lng: 6.1 } }, { Duration: '60', Temperature: '21', Humidity: '40' });
    await vi.waitFor(() => expect(root.querySelector('[data-testid="plan-card"]')?.textContent).toContain('Weather assumed: 21 °C, 40 % humidity (typed in)'));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('offline: a clear line instead of a plan, nothing thrown', async () => {
    const fetch = vi.fn<FetchFn>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await planWith({ fetch, lastPoint: { lat: 45.9, lng: 6.1 } }, { Duration: '60', Date: '2026-12-01', 'Start time': '18:00' });
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('The forecast could not be fetched (Failed to fetch); plan with typed values instead.'));
    expect(root.querySelector('[data-testid="plan-card"]')).toBeNull();
  });

  it('no town and no analyzed run yet: asks for a town; beyond 16 days: says the forecast does not reach', async () => {
    await planWith({}, { Duration: '60', Date: '2026-12-01', 'Start time': '18:00' });
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('Forecast: type a town (no analyzed run with a start point yet).'));
    root.remove();
    await planWith({ lastPoint: { lat: 45.9, lng: 6.1 } }, { Duration: '60', Date: '2027-01-30', 'Start time': '18:00' });
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('Forecast: only runs from today up to 16 days ahead have one.'));
  });

  it('without the opt-in the planner asks for no date or place and sends nothing', async () => {
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Planner units="metric" locale="en" />, root));
    expect([...root.querySelectorAll('label')].map((l) => l.textContent)).not.toContain('Place (town)');
    expect(root.querySelector('input[type="date"]')).toBeNull();
  });
});
