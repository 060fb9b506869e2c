// One units rule: until the runner saves a profile, every surface (panel, popup, options, the
// engine's own sentences) speaks the units the runner's Strava page shows, else the browser locale's;
// after, the runner's choice.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { listen, send } from '../../src/platform/messaging';
import { collectStrava } from '../../src/sites/strava/reading';
import { loadPage } from '../sites/strava/load-fixture';

const now = new Date('2026-11-25T12:00:00Z');
const run = { source: 'strava', sport: 'run' as const, movingS: 3 * 3600, distanceM: 30_000, temperatureC: 27, humidityPct: 60 };
/** The browser's locale (navigator.language); the setup resets it to en-GB before each test. */
const inLocale = (locale: string) => {
  Object.defineProperty(globalThis.navigator, 'language', { value: locale, configurable: true });
};

const sentences = (analysis: { findings: { nextTime: string }[] }) => analysis.findings.map((f) => f.nextTime).join(' ');

describe('one units rule', () => {
  it('an en-US browser with nothing saved and no site seen gets imperial in the engine’s sentences', async () => {
    inLocale('en-US');
    listen(createHandlers(() => now));
    const { analysis } = await send({ type: 'analyze-manual', activity: run });
    expect(sentences(analysis)).toMatch(/fl oz/);
    expect(sentences(analysis)).not.toMatch(/\bmL\b/);
  });

  it("a Strava page in mi and ℉ with nothing saved: imperial on the panel in an en-GB browser, and the popup's and options' default follows it", async () => {
    const handlers = createHandlers(() => now);
    const url = 'https://www.strava.com/activities/2173828434';
    const capture = collectStrava(loadPage('synthetic-classic-trail-run-imperial.html'), '2173828434');
    const model = await handlers['read-page']({ type: 'read-page', site: 'strava', url, capture }, { id: 'x', tab: { id: 3 } as never, frameId: 0, url });
    expect(model.units).toBe('imperial');
    expect(JSON.stringify({ ...model.analysis, findings: model.analysis?.findings.map(({ amounts: _, ...words }) => words) })).not.toMatch(/\bmL\b|\bkg\b|\bcm\b|°C/);
    listen(createHandlers(() => now));
    const { settings } = await send({ type: 'get-profile' });
    expect(settings.pageUnits).toBe('imperial');
    const { analysis } = await send({ type: 'analyze-manual', activity: run });
    expect(sentences(analysis)).toMatch(/fl oz/);
  });

  it('a Strava page in km keeps a metric panel in an en-US browser with nothing saved', async () => {
    inLocale('en-US');
    const handlers = createHandlers(() => now);
    const url = 'https://www.strava.com/activities/3842740325';
    const capture = collectStrava(loadPage('classic-ride-weather-3842740325.html'), '3842740325');
    const model = await handlers['read-page']({ type: 'read-page', site: 'strava', url, capture }, { id: 'x', tab: { id: 3 } as never, frameId: 0, url });
    expect(model.units).toBe('metric');
  });

  it('a saved choice wins over the locale', async () => {
    inLocale('en-US');
    listen(createHandlers(() => now));
    await send({ type: 'save-profile', profile: { units: 'metric', bodyMassKg: 70 } });
    const { analysis } = await send({ type: 'analyze-manual', activity: run });
    expect(sentences(analysis)).toMatch(/\bmL\b/);
  });

  it('a metric locale with nothing saved stays metric', async () => {
    inLocale('de-DE');
    listen(createHandlers(() => now));
    const { analysis } = await send({ type: 'analyze-manual', activity: run });
    expect(sentences(analysis)).not.toMatch(/fl oz/);
  });
});
