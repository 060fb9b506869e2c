// The panel's colours, from the page's declaration and the system's preference to the computed
// background, with the real sheet (src/ui/panel.css) in a shadow root as on a page: dark when the
// page declares itself dark, the system's where the page declares both, light on a page that
// declares nothing (Strava's) even in a dark system. The sheet writes its dark colours once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageColorScheme } from '../../src/content/page-scheme';
import { Panel } from '../../src/ui/Panel';

const CSS = readFileSync(resolve(__dirname, '../../src/ui/panel.css'), 'utf8');
/** The sheet as the build inlines it (its @import of the shared pieces resolved). */
const BUILT = CSS.replace("@import './pieces.css';", readFileSync(resolve(__dirname, '../../src/ui/pieces.css'), 'utf8'));
const LIGHT_BG = '#ffffff';
const DARK_BG = '#1e1f24';

type Settings = { device: { prefersColorScheme: string } };
const settings = () => (window as unknown as { happyDOM: { settings: Settings } }).happyDOM.settings;

let host: HTMLElement | null = null;
afterEach(() => {
  host?.remove();
  document.head.replaceChildren();
  settings().device.prefersColorScheme = 'light';
});

/** The panel's background on a page that declares `declared` (null: nothing), the system being `system`. */
function panelBackground(declared: string | null, system: 'light' | 'dark'): string {
  settings().device.prefersColorScheme = system;
  if (declared !== null) {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = declared;
    document.head.append(meta);
  }
  host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = BUILT;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  const noop = vi.fn();
  act(() =>
    render(
      <Panel state="ready" analysis={null} pending={false} error={null} missingFields={[]} units="metric" locale="en" collapsed={false} scheme={pageColorScheme(document)} onToggle={noop} onManualEntry={noop} onManualInvalid={noop} onOpenOptions={noop} />,
      mount,
    ),
  );
  const panel = shadow.querySelector('.cc-panel');
  if (!panel) throw new Error('no panel');
  return getComputedStyle(panel).backgroundColor;
}

describe("the panel's colour scheme", () => {
  it.each([
    ['dark', 'light', DARK_BG],
    ['dark', 'dark', DARK_BG],
    ['light dark', 'dark', DARK_BG],
    ['light dark', 'light', LIGHT_BG],
    [null, 'dark', LIGHT_BG],
    ['light', 'dark', LIGHT_BG],
  ] as const)('page declares %s, system %s → background %s', (declared, system, background) => {
    expect(panelBackground(declared, system)).toBe(background);
  });

  it('writes each colour once for light (:host) and once for dark (.cc-dark), with no second copy for the system', () => {
    for (const variable of ['--cc-bg', '--cc-fg', '--cc-muted', '--cc-border', '--cc-accent', '--cc-warning', '--cc-caution', '--cc-info', '--cc-on-accent']) {
      expect(CSS.match(new RegExp(`${variable}:`, 'g'))?.length, variable).toBe(2);
    }
    expect(CSS).not.toMatch(/prefers-color-scheme/);
  });
});
