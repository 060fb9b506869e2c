// Every control a runner can tap on the panel, popup and options is at least 24 × 24 CSS px
// (WCAG 2.2 "Target size (minimum)"), measured in a real browser on every surface.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForPanel } from '../../scripts/lib/browser.mjs';
import { fixtureHtml, servedOn } from './strava-site';

const MIN_PX = 24;

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeAll(async () => {
  const pages: Record<string, string> = {
    // The runner's own run, recent, so it takes a cramp log; and a page that lacks values to type in.
    '2173828434': servedOn('synthetic-classic-run-own-athlete.html', new Date(Date.now() - 86_400_000)),
    '1003': fixtureHtml('synthetic-classic-ride-partial.html'),
  };
  browser = await launchWithExtension({
    serve: (url: URL) => {
      const id = url.hostname === 'www.strava.com' ? /^\/activities\/(\d+)/.exec(url.pathname)?.[1] : undefined;
      const body = id ? pages[id] : undefined;
      return body ? { body } : null;
    },
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Every visible control in the document, or in the panel's shadow root, smaller than 24 × 24 px. */
async function smallTargets(page: Page, inPanel: boolean): Promise<string[]> {
  return page.evaluate(
    ({ inPanel, min }) => {
      const root: ParentNode | null | undefined = inPanel ? document.querySelector('[data-cramp-check="panel"]')?.shadowRoot : document;
      if (!root) return ['no panel'];
      const controls = root.querySelectorAll<HTMLElement>('button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])');
      const small: string[] = [];
      let seen = 0;
      for (const el of controls) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        seen++;
        if (box.width < min - 0.01 || box.height < min - 0.01) {
          const name = (el.getAttribute('aria-label') || el.textContent?.trim() || (el as HTMLInputElement).name || '').slice(0, 40);
          small.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
      }
      return seen === 0 ? ['no controls'] : small;
    },
    { inPanel, min: MIN_PX },
  );
}

describe('targets a thumb can hit (24 × 24 CSS px)', () => {
  it('panel: header, findings, profile link, cramp form, "Change", sources', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.strava.com/activities/2173828434');
    await waitForPanel(page);
    const panel = page.locator('[data-cramp-check="panel"]');
    // Every disclosure opened (the sources and "What did you take?"), so their controls are measured too.
    for (const summary of await panel.locator('summary').all()) await summary.click();
    await panel.getByRole('button', { name: 'I cramped on this run' }).click();
    await panel.getByLabel('calves').waitFor();
    expect(await smallTargets(page, true)).toEqual([]);
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByRole('button', { name: 'Change', exact: true }).waitFor();
    expect(await smallTargets(page, true)).toEqual([]);
    await page.close();
  });

  it('panel: the fields for values the page did not show', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.strava.com/activities/1003');
    await waitForPanel(page, { analyzed: false });
    await page.locator('[data-cramp-check="panel"] .cc-manual input').first().waitFor();
    expect(await smallTargets(page, true)).toEqual([]);
    await page.close();
  });

  it('popup and options', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 700 });
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    await popup.locator('form').first().waitFor();
    expect(await smallTargets(popup, false)).toEqual([]);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByRole('button', { name: 'Save body details', exact: true }).waitFor();
    expect(await smallTargets(options, false)).toEqual([]);
    await popup.close();
    await options.close();
  });
});
