// The popup's planner with the forecast (issue 14.5) in a real browser: Open-Meteo's geocoding and
// forecast routed (context.route). Without the opt-in the planner asks for no place and sends
// nothing; with it, a typed town and empty weather fields give a plan card with the forecast's
// temperature and humidity and where they came from. Built with `npm run build:test` (dist-test/).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser.mjs';

const fixture = (path: string) => JSON.parse(readFileSync(resolve(__dirname, '../fixtures/open-meteo', path), 'utf8'));
const GEOCODING = fixture('synthetic-geocoding-annecy.json');
const RECORDED = fixture('synthetic-forecast-planner-timezone-auto.json') as { hourly: { time: string[]; temperature_2m: number[]; relative_humidity_2m: number[] } };

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The recorded forecast, its three days moved to today, tomorrow and the day after (the browser's clock is real). */
const TODAY = Date.parse(`${isoDay(Date.now())}T00:00:00Z`);
const FIRST_DAY = Date.parse(`${RECORDED.hourly.time[0]?.slice(0, 10)}T00:00:00Z`);
const FORECAST = {
  ...RECORDED,
  hourly: { ...RECORDED.hourly, time: RECORDED.hourly.time.map((label) => `${isoDay(Date.parse(`${label.slice(0, 10)}T00:00:00Z`) - FIRST_DAY + TODAY)}${label.slice(10)}`) },
};
const TOMORROW = isoDay(TODAY + 86_400_000);

const sent: URL[] = [];
let browser: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  browser = await launchWithExtension({
    extensionDir: 'dist-test',
    serve: (url) => {
      if (!url.hostname.endsWith('open-meteo.com')) return null;
      sent.push(url);
      if (url.hostname === 'geocoding-api.open-meteo.com') return { body: JSON.stringify(GEOCODING), contentType: 'application/json' };
      if (url.hostname === 'api.open-meteo.com') return { body: JSON.stringify(FORECAST), contentType: 'application/json' };
      return { status: 400, body: '{"error":true,"reason":"not expected"}', contentType: 'application/json' };
    },
  });
});
afterAll(async () => {
  await browser?.close();
});

async function openPopup(): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  await popup.getByRole('heading', { name: /plan/i }).waitFor();
  return popup;
}

describe('planner forecast in a real browser', () => {
  it('without the opt-in: no date, time or place, and nothing sent', async () => {
    const popup = await openPopup();
    await popup.getByLabel(/^Duration/).fill('45');
    await popup.getByLabel(/^Temperature/).fill('20');
    await popup.getByRole('button', { name: 'Plan' }).click();
    await popup.getByTestId('plan-card').waitFor();
    expect(await popup.getByTestId('plan-card').textContent()).toContain('Weather assumed: 20 °C (typed in)');
    expect(await popup.locator('input[type="date"]').count()).toBe(0);
    expect(sent).toEqual([]);
    await popup.close();
  });

  it('with it: a typed town and empty weather fields give the forecast for those hours, and the card says so', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByLabel('Look up the weather for activities without it').check();
    await options.getByText('Weather lookup is on').waitFor();
    await options.close();

    const popup = await openPopup();
    await popup.getByLabel(/^Duration/).fill('60');
    await popup.getByLabel('Date').fill(TOMORROW);
    await popup.getByLabel('Start time').fill('18:00');
    await popup.getByLabel('Place (town)').fill('Annecy');
    await popup.getByRole('button', { name: 'Plan' }).click();
    await popup.getByTestId('plan-card').waitFor();
    const i = FORECAST.hourly.time.indexOf(`${TOMORROW}T18:00`);
    expect(await popup.getByTestId('plan-card').textContent()).toContain(
      `Weather assumed: ${Math.round(FORECAST.hourly.temperature_2m[i] ?? Number.NaN)} °C, ${FORECAST.hourly.relative_humidity_2m[i]} % humidity — Open-Meteo forecast for Annecy, Auvergne-Rhône-Alpes, France, ${TOMORROW} 18:00`,
    );
    expect(sent.map((u) => `${u.hostname}${u.pathname}`)).toEqual(['geocoding-api.open-meteo.com/v1/search', 'api.open-meteo.com/v1/forecast']);
    expect(sent[0]?.searchParams.get('name')).toBe('Annecy');
    expect(Object.fromEntries(sent[1]?.searchParams ?? [])).toMatchObject({ latitude: '45.9', longitude: '6.1', timezone: 'auto' });
    await popup.close();
  });
});
